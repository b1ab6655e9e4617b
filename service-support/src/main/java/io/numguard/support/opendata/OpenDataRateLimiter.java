package io.numguard.support.opendata;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Requests per client address in fixed windows, in memory (per replica): enough to keep one client from taking a
 * public endpoint for itself. Answers 0 (go on) or the whole seconds until the address's window ends.
 */
@ApplicationScoped
public class OpenDataRateLimiter {
    @Inject
    OpenDataConfig config;

    private static final class Window {
        final long start;
        int count;

        Window(long start) {
            this.start = start;
        }
    }

    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

    /** @return 0 when the request may go on, else the seconds to wait ({@code Retry-After}, at least 1) */
    public long retryAfterSeconds(String address, long nowMillis) {
        int limit = config.rateLimit().requests();
        if (limit <= 0) {
            return 0;
        }
        long windowMillis = config.rateLimit().window().toMillis();
        long[] wait = {0};
        windows.compute(address == null ? "?" : address, (k, w) -> {
            if (w == null || nowMillis - w.start >= windowMillis) {
                w = new Window(nowMillis);
            }
            if (w.count >= limit) {
                wait[0] = Math.max(1, (w.start + windowMillis - nowMillis + 999) / 1000);
            } else {
                w.count++;
            }
            return w;
        });
        return wait[0];
    }

    /** Forgets addresses whose window is over, so the map holds only recent clients. */
    @Scheduled(every = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetIdle() {
        long now = System.currentTimeMillis();
        long windowMillis = config.rateLimit().window().toMillis();
        windows.values().removeIf(w -> now - w.start >= windowMillis);
    }
}
