package io.numguard.console.web;

/** One part of a page: its data, or the problem (in words) that kept it away; the rest of the page still shows. */
public record Part<T>(T value, String error) {
    public static <T> Part<T> none() {
        return new Part<>(null, null);
    }
}
