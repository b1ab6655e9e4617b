package io.numguard.support.report;

import io.numguard.support.problem.ProblemException;
import io.numguard.support.security.Caller;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which province a regulator's report covers, from the token: a provincial administration its own (asking for
 * another is 403), the ministry ({@code CN}) every province or the one it filters on.
 */
public final class ReportScope {
    private static final Pattern PROVINCE = Pattern.compile("[A-Z]{2}");

    private ReportScope() {
    }

    /** @return the province to filter on, or empty for all (the ministry without a filter) */
    public static Optional<String> of(Caller caller, String provinceParam) {
        String asked = provinceParam == null || provinceParam.isBlank() ? null : provinceParam.trim();
        if (asked != null && !PROVINCE.matcher(asked).matches()) {
            throw new ProblemException(400, "invalid-parameter", "Invalid parameter", "province must be a "
                    + "two-letter province code such as FJ, not '" + provinceParam + "'")
                    .with("parameter", "province").with("accepted", "two capital letters, e.g. FJ");
        }
        String own = caller.province().orElseThrow(() -> ProblemException.forbidden("missing-scope-claim",
                "the token carries no province claim"));
        if (Caller.MINISTRY.equals(own)) {
            return Optional.ofNullable(Caller.MINISTRY.equals(asked) ? null : asked);
        }
        if (asked != null && !asked.equals(own)) {
            throw ProblemException.forbidden("outside-province", "a regulator of " + own
                    + " sees the reports of " + own + " only, not of " + asked);
        }
        return Optional.of(own);
    }
}
