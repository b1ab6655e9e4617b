package io.numguard.registry.report.persistence;

import io.numguard.support.report.MonthlyReport;
import io.numguard.support.report.ReportMonth;
import io.numguard.support.report.ReportQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.List;

import static io.numguard.support.report.ReportQuery.Measure.count;
import static io.numguard.support.report.ReportQuery.Measure.value;

/** The segment and history rows the registry's monthly report counts. */
@ApplicationScoped
public class RegistryReportStore {
    @Inject
    EntityManager em;

    /**
     * Per province and licensee: segments allocated (by their allocation time), suspended and revoked (by the
     * history entry of the suspension or revocation) in the month.
     *
     * @param province null for every province
     */
    public List<MonthlyReport.Row> segments(ReportMonth month, String province) {
        return ReportQuery.of(em, """
                with events as (
                    select s.province, s.licensee_uscc, 'ALLOCATE' as action from segment s
                    where s.allocated_at >= ?1 and s.allocated_at < ?2
                    union all
                    select s.province, s.licensee_uscc, h.action from segment_history h join segment s on s.id = h.segment_id
                    where h.at >= ?1 and h.at < ?2 and h.action in ('SUSPEND', 'REVOKE'))
                select e.province, e.licensee_uscc, l.name,
                       count(*) filter (where e.action = 'ALLOCATE'),
                       count(*) filter (where e.action = 'SUSPEND'),
                       count(*) filter (where e.action = 'REVOKE')
                from events e join licensee l on l.uscc = e.licensee_uscc
                where cast(?3 as text) is null or e.province = cast(?3 as text)
                group by e.province, e.licensee_uscc, l.name
                order by e.province, e.licensee_uscc""", month, province)
                .rows(value("licenseeName"), count("allocated"), count("suspended"), count("revoked"));
    }
}
