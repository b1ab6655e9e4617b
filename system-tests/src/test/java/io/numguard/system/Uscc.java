package io.numguard.system;

import java.util.concurrent.ThreadLocalRandom;

/** Fresh, valid USCCs for tests (GB 32100-2015 check character), so runs never collide. */
final class Uscc {
    private Uscc() {
    }

    /** "91" + a 6-digit region starting with the given prefix + a 9-character organisation code + check char. */
    static String random(String regionPrefix) {
        StringBuilder b = new StringBuilder("91").append(regionPrefix);
        ThreadLocalRandom r = ThreadLocalRandom.current();
        while (b.length() < 8) {
            b.append(r.nextInt(10));
        }
        while (b.length() < 17) {
            b.append(r.nextInt(10));
        }
        // the contract's check character, the one the services verify
        return b.append(io.numguard.contracts.identity.Uscc.checkCharacter(b)).toString();
    }
}
