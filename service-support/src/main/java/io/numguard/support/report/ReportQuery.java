package io.numguard.support.report;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One section's query of a monthly report, the shape every service's report store shares: {@code ?1} is the
 * month's start, {@code ?2} its end, {@code ?3} the province (null for all); each result row is the province, the
 * subject, then one column per measure in the order given. Written once so the stores hold only their SQL and the
 * names of their measures.
 */
public final class ReportQuery {
    private final Query query;

    private ReportQuery(Query query) {
        this.query = query;
    }

    /** One measure column: its name in the report and how its value is read. */
    public record Measure(String name, Function<Object, Object> read) {
        /** A count or sum of whole numbers, as a long. */
        public static Measure count(String name) {
            return new Measure(name, v -> ((Number) v).longValue());
        }

        /** The value as the database gives it (text, or a decimal sum that must not be rounded). */
        public static Measure value(String name) {
            return new Measure(name, v -> v);
        }

        /** A fraction rounded half-up to two decimals; null stays null (e.g. a median of nothing). */
        public static Measure hundredths(String name) {
            return new Measure(name, v -> v == null ? null
                    : BigDecimal.valueOf(((Number) v).doubleValue()).setScale(2, RoundingMode.HALF_UP));
        }
    }

    /** @param province null for every province */
    public static ReportQuery of(EntityManager em, String sql, ReportMonth month, String province) {
        return new ReportQuery(em.createNativeQuery(sql).setParameter(1, month.start())
                .setParameter(2, month.end()).setParameter(3, province));
    }

    /** A further parameter of the query ({@code ?4} on). */
    public ReportQuery with(int position, Object value) {
        query.setParameter(position, value);
        return this;
    }

    /** The rows; the subject is trimmed (a {@code char} column such as a USCC comes padded). */
    @SuppressWarnings("unchecked")
    public List<MonthlyReport.Row> rows(Measure... measures) {
        List<Object[]> rows = query.getResultList();
        List<MonthlyReport.Row> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (int i = 0; i < measures.length; i++) {
                m.put(measures[i].name(), measures[i].read().apply(r[i + 2]));
            }
            out.add(new MonthlyReport.Row((String) r[0], ((String) r[1]).trim(), m));
        }
        return out;
    }
}
