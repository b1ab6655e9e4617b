package io.numguard.console.web;

import io.quarkus.qute.TemplateData;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One section of a service's monthly report ({@code GET /api/reports/monthly}: {@code sections: {name: [rows]}}) as
 * the report page shows it: the columns in the service's order, the rows, a totals row (a median or any measure that
 * does not add up is left out of it) and a stacked bar per row of the measures that make up a whole, e.g. a carrier's
 * acknowledgements on time, late and pending.
 */
@TemplateData
public record ReportSection(String service, String name, List<String> columns, List<Map<String, Object>> rows,
                            Map<String, Object> totals, Chart chart) {

    /** Per section, the measures its bars stack (each a share of the row's whole), in the order drawn. */
    static final Map<String, List<String>> STACKED = Map.of(
            "segments", List.of("allocated", "suspended", "revoked"),
            "complaints", List.of("fromCitizens", "fromCarriers", "fromPolice"),
            "cases", List.of("opened", "closed"),
            "acknowledgements", List.of("onTime", "late", "pending"),
            "referrals", List.of("referrals"));
    /** Columns that describe a row rather than count in it. */
    static final List<String> DESCRIPTIVE = List.of("province", "licenseeUscc", "licenseeName", "carrier", "outcome");
    static final int CHART_ROWS = 15;

    @TemplateData
    public record Chart(int width, int height, List<BarChart.Bar> bars, List<BarChart.Label> labels,
                        List<String> measures) {
        public boolean isEmpty() {
            return bars.isEmpty();
        }
    }

    /** The sections of one service's report JSON, in the order the service gives them. */
    @SuppressWarnings("unchecked")
    public static List<ReportSection> of(Map<String, Object> report) {
        String service = String.valueOf(report.get("service"));
        Object sections = report.get("sections");
        List<ReportSection> out = new ArrayList<>();
        if (sections instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                List<Map<String, Object>> rows = e.getValue() instanceof List<?> l
                        ? (List<Map<String, Object>>) l : List.of();
                out.add(of(service, e.getKey().toString(), rows));
            }
        }
        return out;
    }

    static ReportSection of(String service, String name, List<Map<String, Object>> rows) {
        List<String> columns = new ArrayList<>();
        for (Map<String, Object> r : rows) {
            r.keySet().stream().filter(k -> !columns.contains(k)).forEach(columns::add);
        }
        Map<String, Object> totals = new LinkedHashMap<>();
        for (String c : columns) {
            if (DESCRIPTIVE.contains(c) || !additive(c)) {
                continue;
            }
            BigDecimal sum = BigDecimal.ZERO;
            boolean any = false;
            for (Map<String, Object> r : rows) {
                if (r.get(c) instanceof Number n) {
                    sum = sum.add(new BigDecimal(n.toString()));
                    any = true;
                }
            }
            if (any) {
                totals.put(c, sum.stripTrailingZeros().scale() <= 0 ? sum.longValue() : sum);
            }
        }
        return new ReportSection(service, name, List.copyOf(columns), rows, totals,
                chart(STACKED.getOrDefault(name, List.of()), rows));
    }

    /** A median (or any non-count figure) does not sum: {@code medianHoursToDecision} is shown per row only. */
    static boolean additive(String column) {
        return !column.startsWith("median") && !column.startsWith("average");
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** Whether a column holds figures (right-aligned) rather than names. */
    public boolean isNumeric(String column) {
        return !DESCRIPTIVE.contains(column);
    }

    /** Which column names the row (for a bar's label): the licensee's name when the section gives it. */
    static String label(Map<String, Object> row) {
        for (String c : List.of("licenseeName", "licenseeUscc", "carrier", "outcome")) {
            Object v = row.get(c);
            if (v != null && !v.toString().isBlank()) {
                String name = v.toString();
                return name.length() > 16 ? name.substring(0, 15) + "…" : name;
            }
        }
        return String.valueOf(row.get("province"));
    }

    static Chart chart(List<String> measures, List<Map<String, Object>> rows) {
        if (measures.isEmpty() || rows.isEmpty()) {
            return new Chart(0, 0, List.of(), List.of(), measures);
        }
        List<Map<String, Object>> biggest = rows.stream()
                .sorted(Comparator.comparingLong((Map<String, Object> r) -> total(measures, r)).reversed())
                .limit(CHART_ROWS).toList();
        long max = Math.max(1, biggest.stream().mapToLong(r -> total(measures, r)).max().orElse(1));
        List<BarChart.Bar> bars = new ArrayList<>();
        List<BarChart.Label> labels = new ArrayList<>();
        int labelWidth = 120;
        int area = 480;
        int rowHeight = 16;
        int y = 4;
        for (Map<String, Object> r : biggest) {
            labels.add(new BarChart.Label(labelWidth - 6, y + rowHeight / 2 + 2,
                    r.get("province") + " " + label(r), "end"));
            int x = labelWidth;
            for (int i = 0; i < measures.size(); i++) {
                long v = number(r.get(measures.get(i)));
                int w = (int) Math.round((double) v * area / max);
                if (v > 0) {
                    bars.add(new BarChart.Bar(x, y, Math.max(w, 2), rowHeight - 4, "m" + i, v));
                    x += Math.max(w, 2);
                }
            }
            labels.add(new BarChart.Label(x + 4, y + rowHeight / 2 + 2, Long.toString(total(measures, r)), "start"));
            y += rowHeight;
        }
        return new Chart(labelWidth + area + 60, y + 4, bars, labels, measures);
    }

    private static long total(List<String> measures, Map<String, Object> row) {
        return measures.stream().mapToLong(m -> number(row.get(m))).sum();
    }

    private static long number(Object o) {
        return o instanceof Number n ? n.longValue() : 0;
    }
}
