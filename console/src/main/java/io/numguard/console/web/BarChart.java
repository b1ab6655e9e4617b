package io.numguard.console.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The dashboard's chart as SVG geometry computed on the server (no chart library, no script): per segment three
 * bars, complaints in the last 24 h, 7 d and 30 d, scaled to the largest value shown.
 */
public record BarChart(int width, int height, List<Bar> bars, List<Label> labels) {
    public record Bar(int x, int y, int width, int height, String window, long value) {
    }

    public record Label(int x, int y, String text, String anchor) {
    }

    static final int LABEL_WIDTH = 90;
    static final int BAR_AREA = 520;
    static final int BAR_HEIGHT = 9;
    static final int ROW = 3 * BAR_HEIGHT + 12;
    static final String[] WINDOWS = {"complaints24h", "complaints7d", "complaints30d"};

    /** @param stats rows of {@code GET /api/stats/segments}, most complained first */
    public static BarChart of(List<Map<String, Object>> stats) {
        long max = 1;
        for (Map<String, Object> s : stats) {
            for (String w : WINDOWS) {
                max = Math.max(max, number(s.get(w)));
            }
        }
        List<Bar> bars = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        int y = 6;
        for (Map<String, Object> s : stats) {
            labels.add(new Label(LABEL_WIDTH - 8, y + ROW / 2 - 2, String.valueOf(s.get("segmentCode")), "end"));
            for (int i = 0; i < WINDOWS.length; i++) {
                long v = number(s.get(WINDOWS[i]));
                int w = (int) Math.max(v > 0 ? 2 : 0, Math.round((double) v * BAR_AREA / max));
                int by = y + i * BAR_HEIGHT;
                bars.add(new Bar(LABEL_WIDTH, by, w, BAR_HEIGHT - 1, WINDOWS[i].substring(10), v));
                labels.add(new Label(LABEL_WIDTH + w + 4, by + BAR_HEIGHT - 1, Long.toString(v), "start"));
            }
            y += ROW;
        }
        return new BarChart(LABEL_WIDTH + BAR_AREA + 60, Math.max(y, 20), bars, labels);
    }

    public boolean isEmpty() {
        return bars.isEmpty();
    }

    private static long number(Object o) {
        return o instanceof Number n ? n.longValue() : 0;
    }
}
