package io.numguard.complaint.report.persistence;

import io.numguard.support.report.MonthlyReport;
import io.numguard.support.report.ReportMonth;
import io.numguard.support.report.ReportQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.List;

import static io.numguard.support.report.ReportQuery.Measure.count;

/** The complaint rows complaint-service's monthly report counts, with the segment state kept from the registry. */
@ApplicationScoped
public class ComplaintReportStore {
    @Inject
    EntityManager em;

    /**
     * Per province and licensee (empty for a segment the registry never announced): complaints stored in the month,
     * how many counted, and how many came from each source.
     *
     * @param province null for every province (and the unknown one)
     */
    public List<MonthlyReport.Row> complaints(ReportMonth month, String province) {
        return ReportQuery.of(em, """
                select coalesce(r.province, ''), coalesce(r.licensee_uscc, ''),
                       count(*), count(*) filter (where c.counted),
                       count(*) filter (where c.source = 'CITIZEN'), count(*) filter (where c.source = 'CARRIER'),
                       count(*) filter (where c.source = 'POLICE')
                from complaint c left join segment_registry r on r.code = c.segment_code
                where c.created_at >= ?1 and c.created_at < ?2
                  and (cast(?3 as text) is null or r.province = cast(?3 as text))
                group by 1, 2 order by 1, 2""", month, province)
                .rows(count("received"), count("counted"), count("fromCitizens"), count("fromCarriers"),
                        count("fromPolice"));
    }
}
