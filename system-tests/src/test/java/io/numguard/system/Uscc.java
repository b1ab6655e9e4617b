package io.numguard.system;

import java.util.concurrent.ThreadLocalRandom;

/** Fresh, valid USCCs for tests (GB 32100-2015 check character), so runs never collide. */
final class Uscc {
    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

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
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARSET.indexOf(b.charAt(i)) * WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return b.append(CHARSET.charAt(check)).toString();
    }
}
