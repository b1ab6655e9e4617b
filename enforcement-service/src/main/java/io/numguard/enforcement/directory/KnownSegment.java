package io.numguard.enforcement.directory;

import io.numguard.contracts.number.PhoneNumber;

import java.util.List;
import java.util.Objects;

/**
 * What the enforcement service knows about a segment, learned from {@code segment.*} events of the registry.
 *
 * @param code         segment code (5 or 6 digits, {@code 95...})
 * @param licenseeUscc the holder, null when not known
 * @param province     province of the licensee, null when not known (then only the ministry acts on it)
 * @param carriers     carriers contracted to carry the segment
 */
public record KnownSegment(String code, String licenseeUscc, String province, List<String> carriers) {
    public KnownSegment {
        Objects.requireNonNull(code, "code");
        new PhoneNumber(code); // a segment code is a valid 95 prefix; throws with the reason otherwise
        carriers = carriers == null ? List.of() : List.copyOf(carriers);
    }

    /** Whether the number falls inside this segment (the code is a prefix of its digits). */
    public boolean covers(PhoneNumber number) {
        return number.digits().startsWith(code);
    }
}
