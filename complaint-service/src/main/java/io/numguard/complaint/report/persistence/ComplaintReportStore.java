package io.numguard.complaint.report.persistence;

import io.numguard.support.report.MonthlyReport;
import io.numguard.support.report.ReportMonth;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    @SuppressWarnings("unchecked")
    public List<MonthlyReport.Row> complaints(ReportMonth month, String province) {
        List<Object[]> rows = em.createNativeQuery("""
                select coalesce(r.province, ''), coalesce(r.licensee_uscc, ''),
                       count(*), count(*) filter (where c.counted),
                       count(*) filter (where c.source = 'CITIZEN'), count(*) filter (where c.source = 'CARRIER'),
                       count(*) filter (where c.source = 'POLICE')
                from complaint c left join segment_registry r on r.code = c.segment_code
                where c.created_at >= ?1 and c.created_at < ?2
                  and (cast(?3 as text) is null or r.province = cast(?3 as text))
                group by 1, 2 order by 1, 2""")
                .setParameter(1, month.start()).setParameter(2, month.end()).setParameter(3, province)
                .getResultList();
        List<MonthlyReport.Row> out = new ArrayList<>();
        for (Object[] r : rows) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("received", ((Number) r[2]).longValue());
            m.put("counted", ((Number) r[3]).longValue());
            m.put("fromCitizens", ((Number) r[4]).longValue());
            m.put("fromCarriers", ((Number) r[5]).longValue());
            m.put("fromPolice", ((Number) r[6]).longValue());
            out.add(new MonthlyReport.Row((String) r[0], (String) r[1], m));
        }
        return out;
    }
}
