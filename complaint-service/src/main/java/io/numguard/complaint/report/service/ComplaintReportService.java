package io.numguard.complaint.report.service;

import io.numguard.complaint.report.persistence.ComplaintReportStore;
import io.numguard.support.report.MonthlyReport;
import io.numguard.support.report.ReportMonth;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * complaint-service's part of the monthly report: complaints received in the month (when this service stored them)
 * and how many of them counted, by source, per province and licensee as this service knows them: from the
 * segment's state kept from {@code numguard.registry.segments.v1} (licensee USCC and province; the licensee's name
 * is not in those events). Complaints about a segment the registry never announced have no province: only the
 * ministry's report shows them, with an empty province and licensee.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ComplaintReportService {
    @Inject
    ComplaintReportStore store;

    /** @param province null for every province (and the unknown one) */
    public MonthlyReport monthly(ReportMonth month, String province) {
        return new MonthlyReport("complaint", month, province,
                List.of(new MonthlyReport.Section("complaints", "licenseeUscc", store.complaints(month, province))));
    }
}
