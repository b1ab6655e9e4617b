package io.numguard.support.opendata;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.vertx.core.buffer.Buffer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;

/**
 * A feed as served, built once per change: every entry in cursor order (for deltas) and the full body in both
 * forms, plain and gzipped, so a request for the whole feed costs no rendering and no database.
 * {@link #version} is a digest of all entries: the strong ETags derive from it, so two different feeds never share
 * one (a cursor alone could repeat after a database is rebuilt).
 */
public final class FeedSnapshot {
    public enum Format {
        JSON("json", "application/json"), CSV("csv", "text/csv; charset=utf-8; header=present");

        public final String extension;
        public final String mediaType;

        Format(String extension, String mediaType) {
            this.extension = extension;
            this.mediaType = mediaType;
        }
    }

    /**
     * A rendered full body, plain and gzipped, and its two strong ETags. Each form is also held once, off heap, as
     * the bytes that go on the wire: a request then hands Netty a read-only view of it instead of copying the body
     * into a fresh direct buffer (a 100 KB gzipped feed was copied per request, which the feed's bench measured as
     * a share of its cost next to {@code /q/health/live}).
     */
    public record Body(byte[] plain, byte[] gzip, String etag, String gzipEtag, ByteBuf plainWire, ByteBuf gzipWire) {
        Body(byte[] plain, byte[] gzip, String etag, String gzipEtag) {
            this(plain, gzip, etag, gzipEtag, wire(plain), wire(gzip));
        }

        /** The form as a Vert.x buffer for the response: a view sharing the one off-heap copy. */
        public Buffer wire(boolean gzipped) {
            return Buffer.buffer((gzipped ? gzipWire : plainWire).duplicate());
        }

        private static ByteBuf wire(byte[] bytes) {
            // unreleasable: Netty "releases" what it wrote, and this copy must outlive every response
            return Unpooled.unreleasableBuffer(Unpooled.directBuffer(bytes.length).writeBytes(bytes).asReadOnly());
        }
    }

    private final FeedSpec spec;
    private final List<FeedEntry> entries;
    private final long cursor;
    private final Instant lastModified;
    private final String lastModifiedHttp;
    private final String version;
    private final Body json;
    private final Body csv;

    private FeedSnapshot(FeedSpec spec, List<FeedEntry> entries) {
        this.spec = spec;
        this.entries = List.copyOf(entries);
        this.cursor = entries.isEmpty() ? 0 : entries.get(entries.size() - 1).cursor();
        // HTTP dates have whole seconds; Last-Modified must not be later than what If-Modified-Since can say
        this.lastModified = entries.stream().map(FeedEntry::changedAt).max(Instant::compareTo)
                .orElse(Instant.EPOCH).truncatedTo(ChronoUnit.SECONDS);
        this.lastModifiedHttp = java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
                .format(lastModified.atZone(java.time.ZoneOffset.UTC));
        this.version = digest(spec, entries);
        // the full feed in key order: stable for people diffing it, and neighbouring codes compress better
        List<FeedEntry> live = entries.stream().filter(e -> !e.removed())
                .sorted(java.util.Comparator.comparing(FeedEntry::key)).toList();
        this.json = body(FeedRenderer.json(spec, cursor, live), etag(Format.JSON, null));
        this.csv = body(FeedRenderer.csv(spec, live), etag(Format.CSV, null));
    }

    public static FeedSnapshot of(FeedSpec spec, List<FeedEntry> entriesInCursorOrder) {
        return new FeedSnapshot(spec, entriesInCursorOrder);
    }

    public FeedSpec spec() {
        return spec;
    }

    public long cursor() {
        return cursor;
    }

    public Instant lastModified() {
        return lastModified;
    }

    /** {@link #lastModified} as an HTTP date. */
    public String lastModifiedHttp() {
        return lastModifiedHttp;
    }

    public Body full(Format format) {
        return format == Format.JSON ? json : csv;
    }

    /** The entries changed after the cursor, in cursor order. */
    public List<FeedEntry> after(long since) {
        int lo = 0;
        int hi = entries.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (entries.get(mid).cursor() <= since) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return entries.subList(lo, entries.size());
    }

    /** The strong ETag (quoted) of a form; {@code since} non-null for a delta. gzip adds {@code -gz}. */
    public String etag(Format format, Long since) {
        return "\"" + version + "-" + format.extension + (since == null ? "" : "-s" + since) + "\"";
    }

    public static String gzipEtag(String etag) {
        return etag.substring(0, etag.length() - 1) + "-gz\"";
    }

    private static Body body(byte[] plain, String etag) {
        return new Body(plain, FeedRenderer.gzip(plain, java.util.zip.Deflater.BEST_COMPRESSION), etag,
                gzipEtag(etag));
    }

    private static String digest(FeedSpec spec, List<FeedEntry> entries) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(spec.name().getBytes(StandardCharsets.UTF_8));
            for (FeedEntry e : entries) {
                md.update((e.cursor() + "\u0000" + e.removed() + "\u0000" + String.join("\u0001",
                        e.values().stream().map(v -> v == null ? "\u0002" : v).toList()) + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(md.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
