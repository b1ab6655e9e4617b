package io.numguard.support.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A service's monthly report: sections of rows, each row a province, a subject (what the section counts by: a
 * licensee, a carrier, an outcome) and its measures in a fixed order.
 *
 * @param province the province it is limited to, or null for all
 */
public record MonthlyReport(String service, ReportMonth month, String province, List<Section> sections) {

    /** @param subject the name of the subject column, e.g. {@code licenseeUscc} or {@code carrier} */
    public record Section(String name, String subject, List<Row> rows) {
    }

    public record Row(String province, String subject, Map<String, Object> measures) {
        public Row {
            measures = new LinkedHashMap<>(measures);
        }
    }

    /** JSON: {@code {"service","month","province","timeZone","sections":{"<name>":[{province, <subject>, ...}]}}}. */
    public Map<String, Object> toJson() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("service", service);
        out.put("month", month.toString());
        out.put("province", province);
        out.put("timeZone", ReportMonth.CHINA.getId());
        Map<String, Object> secs = new LinkedHashMap<>();
        for (Section s : sections) {
            secs.put(s.name(), s.rows().stream().map(r -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("province", r.province());
                m.put(s.subject(), r.subject());
                m.putAll(r.measures());
                return m;
            }).toList());
        }
        out.put("sections", secs);
        return out;
    }

    /**
     * CSV in long form, one measure per line, so every section fits one header:
     * {@code month,section,province,subjectKind,subject,measure,value}.
     */
    public String toCsv() {
        StringBuilder sb = new StringBuilder();
        Csv.line(sb, List.of("month", "section", "province", "subjectKind", "subject", "measure", "value"));
        for (Section s : sections) {
            for (Row r : s.rows()) {
                for (Map.Entry<String, Object> m : r.measures().entrySet()) {
                    Csv.line(sb, java.util.Arrays.asList(month.toString(), s.name(), r.province(), s.subject(),
                            r.subject(), m.getKey(), m.getValue()));
                }
            }
        }
        return sb.toString();
    }
}
