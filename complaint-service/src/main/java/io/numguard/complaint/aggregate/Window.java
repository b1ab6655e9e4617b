package io.numguard.complaint.aggregate;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The rolling windows complaints are counted over, named as in {@code ThresholdExceeded.window} (ISO-8601).
 *
 * <p>A window is a whole number of hourly buckets ending with the current (partial) hour: at 10:30 the 24 h window
 * holds the buckets 11:00 yesterday .. 10:00 today. Buckets after the current hour are ignored.
 */
public enum Window {
    P1D(24),
    P7D(7 * 24),
    P30D(30 * 24);

    private final int hours;

    Window(int hours) {
        this.hours = hours;
    }

    public int hours() {
        return hours;
    }

    public Duration duration() {
        return Duration.ofHours(hours);
    }

    /** The wire name, {@code P1D}, {@code P7D} or {@code P30D}. */
    public String iso() {
        return name();
    }

    /** The first bucket hour in the window at {@code now} (inclusive). */
    public Instant from(Instant now) {
        return now.truncatedTo(ChronoUnit.HOURS).minus(hours - 1L, ChronoUnit.HOURS);
    }

    /** The end of the window at {@code now} (exclusive): the end of the current hour. */
    public Instant until(Instant now) {
        return now.truncatedTo(ChronoUnit.HOURS).plus(1, ChronoUnit.HOURS);
    }

    /** Whether a time (or a bucket hour) falls in the window at {@code now}. */
    public boolean contains(Instant at, Instant now) {
        return !at.isBefore(from(now)) && at.isBefore(until(now));
    }

    /** For people: {@code 24 hours}, {@code 7 days}, {@code 30 days}. */
    public String phrase() {
        return hours == 24 ? "24 hours" : (hours / 24) + " days";
    }

    public static Window longest() {
        return P30D;
    }
}
