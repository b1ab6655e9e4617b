package io.numguard.console.web;

import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * The small CSV the console accepts from people (RFC 4180: commas, double quotes, "" inside quotes, CRLF or LF).
 * A first line whose first cell is not a number is a header and is skipped. Blank lines are ignored.
 */
public final class Csv {
    /** One data row with its line number in the file (1-based, as a person counts). */
    public record Row(int line, List<String> cells) {
        public String cell(int i) {
            return i < cells.size() ? cells.get(i).trim() : "";
        }
    }

    private Csv() {
    }

    /** The rows of an uploaded file (UTF-8); none when no file came. */
    public static List<Row> read(FileUpload file) throws IOException {
        return file == null ? List.of() : parse(Files.readString(file.uploadedFile(), StandardCharsets.UTF_8));
    }

    public static List<Row> parse(String text) {
        List<Row> rows = new ArrayList<>();
        if (text == null) {
            return rows;
        }
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text; // a BOM from spreadsheet exports
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowLine = 1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                add(rows, rowLine, cells);
                cells = new ArrayList<>();
                line++;
                rowLine = line;
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        add(rows, rowLine, cells);
        if (!rows.isEmpty() && !rows.get(0).cell(0).replaceAll("[+\\s-]", "").matches("\\d+")) {
            rows.remove(0);
        }
        return rows;
    }

    private static void add(List<Row> rows, int line, List<String> cells) {
        if (cells.stream().allMatch(String::isBlank)) {
            return;
        }
        rows.add(new Row(line, List.copyOf(cells)));
    }
}
