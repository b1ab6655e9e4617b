package io.numguard.support.opendata;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.numguard.support.report.Csv;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * The two public forms of a feed, the same table in both. JSON: {@code {"feed","cursor","count","columns":[names],
 * "rows":[[values in column order]]}}, and for a delta {@code {"feed","since","cursor","columns","changed":[rows],
 * "removed":[keys]}}. Rows are arrays under one {@code columns} header, as in the CSV, rather than an object per row:
 * the column names repeated in each of 11,000 rows made the gzipped feed half as large again (96 KB against 66 KB)
 * for no information, and the bytes are what bounds how fast a feed is served. CSV (RFC 4180, UTF-8, CRLF, header row): the
 * columns, and for a delta a first column {@code change} = {@code upsert} or {@code remove} (a removal carries only
 * the key). The cursor is a decimal string, opaque to clients.
 */
public final class FeedRenderer {
    private static final JsonFactory JSON = new JsonFactory();

    private FeedRenderer() {
    }

    public static byte[] json(FeedSpec spec, long cursor, List<FeedEntry> live) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 + live.size() * 160);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("feed", spec.name());
            g.writeStringField("cursor", Long.toString(cursor));
            g.writeNumberField("count", live.size());
            columns(g, spec);
            g.writeArrayFieldStart("rows");
            for (FeedEntry e : live) {
                row(g, spec, e);
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] jsonDelta(FeedSpec spec, long since, long cursor, List<FeedEntry> changes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 + changes.size() * 160);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("feed", spec.name());
            g.writeStringField("since", Long.toString(since));
            g.writeStringField("cursor", Long.toString(cursor));
            columns(g, spec);
            g.writeArrayFieldStart("changed");
            for (FeedEntry e : changes) {
                if (!e.removed()) {
                    row(g, spec, e);
                }
            }
            g.writeEndArray();
            g.writeArrayFieldStart("removed");
            for (FeedEntry e : changes) {
                if (e.removed()) {
                    g.writeString(e.key());
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] csv(FeedSpec spec, List<FeedEntry> live) {
        StringBuilder sb = new StringBuilder(64 + live.size() * 100);
        line(sb, spec.columns());
        for (FeedEntry e : live) {
            line(sb, e.values());
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] csvDelta(FeedSpec spec, List<FeedEntry> changes) {
        StringBuilder sb = new StringBuilder(64 + changes.size() * 100);
        sb.append("change,");
        line(sb, spec.columns());
        for (FeedEntry e : changes) {
            if (e.removed()) {
                sb.append("remove,");
                cell(sb, e.key());
                sb.append(",".repeat(spec.columns().size() - 1)).append("\r\n");
            } else {
                sb.append("upsert,");
                line(sb, e.values());
            }
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] gzip(byte[] body) {
        return gzip(body, java.util.zip.Deflater.DEFAULT_COMPRESSION);
    }

    /** @param level a {@link java.util.zip.Deflater} level: the cached full feed is compressed once, at the best */
    public static byte[] gzip(byte[] body, int level) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out) {
            {
                def.setLevel(level);
            }
        }) {
            gz.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void columns(JsonGenerator g, FeedSpec spec) throws IOException {
        g.writeArrayFieldStart("columns");
        for (String c : spec.columns()) {
            g.writeString(c);
        }
        g.writeEndArray();
    }

    private static void row(JsonGenerator g, FeedSpec spec, FeedEntry e) throws IOException {
        g.writeStartArray();
        for (int i = 0; i < spec.columns().size(); i++) {
            String v = e.values().get(i);
            if (v == null) {
                g.writeNull();
            } else {
                g.writeString(v);
            }
        }
        g.writeEndArray();
    }

    private static void line(StringBuilder sb, List<String> cells) {
        Csv.line(sb, cells);
    }

    private static void cell(StringBuilder sb, String v) {
        Csv.cell(sb, v);
    }
}
