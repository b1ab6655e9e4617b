package io.numguard.registry.report.service;

import io.numguard.registry.report.persistence.RegistryReportStore;
import io.numguard.support.report.MonthlyReport;
import io.numguard.support.report.ReportMonth;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * The registry's part of the regulator's monthly report: per province and licensee, the segments allocated (by
 * their allocation time), suspended and revoked (by the history entry of the suspension or revocation) in the month.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RegistryReportService {
    @Inject
    RegistryReportStore store;

    /** @param province null for every province */
    public MonthlyReport monthly(ReportMonth month, String province) {
        return new MonthlyReport("registry", month, province,
                List.of(new MonthlyReport.Section("segments", "licenseeUscc", store.segments(month, province))));
    }
}
