package io.numguard.enforcement.directory;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Finds a known licensee by USCC; passed in by the caller, backed in the service by the local copy of licensee events. */
@FunctionalInterface
public interface LicenseeLookup {
    Optional<KnownLicensee> licensee(String uscc);

    static LicenseeLookup of(Collection<KnownLicensee> licensees) {
        Map<String, KnownLicensee> byUscc = licensees.stream()
                .collect(Collectors.toUnmodifiableMap(KnownLicensee::uscc, Function.identity()));
        return uscc -> Optional.ofNullable(uscc == null ? null : byUscc.get(uscc));
    }

    static LicenseeLookup of(KnownLicensee... licensees) {
        return of(List.of(licensees));
    }

    static LicenseeLookup none() {
        return uscc -> Optional.empty();
    }
}
