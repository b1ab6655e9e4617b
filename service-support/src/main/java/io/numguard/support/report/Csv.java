package io.numguard.support.report;

import java.util.List;

/** RFC 4180 lines (comma, CRLF, quotes doubled; a cell is quoted only when it must be). Null is an empty cell. */
public final class Csv {
    private Csv() {
    }

    public static StringBuilder line(StringBuilder sb, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            cell(sb, cells.get(i));
        }
        return sb.append("\r\n");
    }

    public static StringBuilder cell(StringBuilder sb, Object value) {
        if (value == null) {
            return sb;
        }
        String v = value.toString();
        boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0;
        return quote ? sb.append('"').append(v.replace("\"", "\"\"")).append('"') : sb.append(v);
    }
}
