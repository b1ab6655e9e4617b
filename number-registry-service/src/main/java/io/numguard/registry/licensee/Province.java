package io.numguard.registry.licensee;

import java.util.Locale;
import java.util.Set;

/**
 * A province-level division by its ISO 3166-2:CN letter code ({@code FJ} for Fujian), or {@link #NATIONAL}
 * ({@code CN}), the claim of the ministry. Licensees register in a province; a regulator's {@code province} token
 * claim is parsed into this type too.
 */
public record Province(String code) {
    public static final Province NATIONAL = new Province("CN");

    private static final Set<String> CODES = Set.of(
            "AH", "BJ", "CQ", "FJ", "GD", "GS", "GX", "GZ", "HA", "HB", "HE", "HI", "HK", "HL", "HN", "JL", "JS",
            "JX", "LN", "MO", "NM", "NX", "QH", "SC", "SD", "SH", "SN", "SX", "TJ", "TW", "XJ", "XZ", "YN", "ZJ");

    public Province {
        code = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!code.equals("CN") && !CODES.contains(code)) {
            throw new IllegalArgumentException("unknown province code '" + code
                    + "': use an ISO 3166-2:CN code such as FJ, or CN for the whole country");
        }
    }

    public static Province of(String code) {
        return new Province(code);
    }

    public boolean isNational() {
        return this.equals(NATIONAL);
    }

    /** Whether a regulator holding this claim may act on a licensee registered in {@code licenseeProvince}. */
    public boolean covers(Province licenseeProvince) {
        return isNational() || this.equals(licenseeProvince);
    }

    @Override
    public String toString() {
        return code;
    }
}
