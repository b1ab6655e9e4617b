package io.numguard.enforcement.report.persistence;

import io.numguard.support.report.MonthlyReport;
import io.numguard.support.report.ReportMonth;
import io.numguard.support.report.ReportQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.List;

import static io.numguard.support.report.ReportQuery.Measure.count;
import static io.numguard.support.report.ReportQuery.Measure.hundredths;
import static io.numguard.support.report.ReportQuery.Measure.value;

/** The case, decision-log, acknowledgement and referral rows enforcement-service's monthly report counts. */
@ApplicationScoped
public class EnforcementReportStore {
    @Inject
    EntityManager em;

    /**
     * Per province and licensee: cases opened in the month, closed in it (the CLOSE action in the decision log),
     * decided in it (the case's first approval or rejection) and the median hours from opening to that decision.
     */
    public List<MonthlyReport.Row> cases(ReportMonth month, String province) {
        return ReportQuery.of(em, """
                with first_decision as (
                    select substr(subject, 6) as case_id, min(decided_at) as at from decision_log
                    where kind = 'APPROVAL' and subject like 'case/%' group by 1),
                closed as (
                    select substr(subject, 6) as case_id, count(*) as n from decision_log
                    where kind = 'CASE_ACTION' and subject like 'case/%' and (cast(details as jsonb) ->> 'to') = 'CLOSED'
                      and decided_at >= ?1 and decided_at < ?2 group by 1),
                facts as (
                    select c.province, coalesce(c.licensee_uscc, '') as licensee,
                           (c.opened_at >= ?1 and c.opened_at < ?2) as opened, coalesce(k.n, 0) as closed,
                           (f.at >= ?1 and f.at < ?2) as decided,
                           extract(epoch from f.at - c.opened_at) / 3600.0 as hours
                    from enforcement_case c left join first_decision f on f.case_id = c.id
                    left join closed k on k.case_id = c.id
                    where cast(?3 as text) is null or c.province = cast(?3 as text))
                select province, licensee, count(*) filter (where opened), sum(closed), count(*) filter (where decided),
                       percentile_cont(0.5) within group (order by hours) filter (where decided)
                from facts group by 1, 2
                having count(*) filter (where opened) > 0 or sum(closed) > 0 or count(*) filter (where decided) > 0
                order by 1, 2""", month, province)
                .rows(count("opened"), count("closed"), count("decided"), hundredths("medianHoursToDecision"));
    }

    /**
     * Per province and carrier, of the obligations due in the month: on time, late (after the deadline, or still
     * missing past it at {@code now}), pending (missing, deadline not yet passed), escalated.
     */
    public List<MonthlyReport.Row> acknowledgements(ReportMonth month, String province, Instant now) {
        return ReportQuery.of(em, """
                select coalesce(c.province, s.province, '') as province, a.carrier_id,
                       count(*) filter (where a.acknowledged_at <= o.due_by),
                       count(*) filter (where a.acknowledged_at > o.due_by
                                          or (a.acknowledged_at is null and o.due_by < ?4)),
                       count(*) filter (where a.acknowledged_at is null and o.due_by >= ?4),
                       count(*) filter (where a.escalated_at is not null)
                from carrier_acknowledgement a join acknowledgement_obligation o on o.order_id = a.order_id
                left join enforcement_case c on c.id = o.case_id
                left join known_segment s on s.code = o.segment_code
                where o.due_by >= ?1 and o.due_by < ?2
                  and (cast(?3 as text) is null or coalesce(c.province, s.province) = cast(?3 as text))
                group by 1, 2 order by 1, 2""", month, province).with(4, now)
                .rows(count("onTime"), count("late"), count("pending"), count("escalated"));
    }

    /**
     * Per province and outcome: police referrals received in the month by the current state of the case each
     * joined, or {@code UNMATCHED} (no segment matched, no province), with their loss in yuan.
     */
    public List<MonthlyReport.Row> referrals(ReportMonth month, String province) {
        return ReportQuery.of(em, """
                with outcomes as (
                    select distinct r.referral_id, r.loss_yuan, coalesce(c.province, '') as province,
                           coalesce(c.state, 'UNMATCHED') as outcome
                    from referral r
                    left join lateral jsonb_array_elements(cast(r.links as jsonb)) l on true
                    left join enforcement_case c on c.id = l ->> 'caseId'
                    where r.received_at >= ?1 and r.received_at < ?2)
                select province, outcome, count(*), sum(loss_yuan) from outcomes
                where cast(?3 as text) is null or province = cast(?3 as text)
                group by 1, 2 order by 1, 2""", month, province)
                .rows(count("referrals"), value("lossYuan"));
    }
}
