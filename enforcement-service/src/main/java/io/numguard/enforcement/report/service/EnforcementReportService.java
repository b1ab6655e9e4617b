package io.numguard.enforcement.report.service;

import io.numguard.enforcement.report.persistence.EnforcementReportStore;
import io.numguard.support.report.MonthlyReport;
import io.numguard.support.report.ReportMonth;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;

/**
 * enforcement-service's part of the monthly report, three sections:
 * <ul>
 *   <li>{@code cases} per province and licensee: opened in the month, closed in it (the CLOSE action in the decision
 *   log), decided in it (the case's first approval or rejection) and the median hours from opening to that decision;
 *   <li>{@code acknowledgements} per province and carrier, of the obligations due in the month: on time, late
 *   (after the deadline, or still missing past it), pending (missing, deadline not yet passed), escalated;
 *   <li>{@code referrals} per province and outcome: police referrals received in the month by the current state of
 *   the case each joined, or {@code UNMATCHED} (no segment matched; no province, so only the ministry sees them),
 *   with their loss in yuan.
 * </ul>
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EnforcementReportService {
    @Inject
    EnforcementReportStore store;
    @Inject
    Clock clock;

    /** @param province null for every province */
    public MonthlyReport monthly(ReportMonth month, String province) {
        return new MonthlyReport("enforcement", month, province, List.of(
                new MonthlyReport.Section("cases", "licenseeUscc", store.cases(month, province)),
                new MonthlyReport.Section("acknowledgements", "carrier",
                        store.acknowledgements(month, province, clock.instant())),
                new MonthlyReport.Section("referrals", "outcome", store.referrals(month, province))));
    }
}
