package io.numguard.support.paging;

import io.numguard.support.problem.ProblemException;

import java.util.Optional;

/**
 * {@code ?limit=&cursor=} of a list, checked at the edge: {@code limit} 1 to {@link #MAX_LIMIT} (default
 * {@link #DEFAULT_LIMIT}), {@code cursor} as issued in a previous page's {@code Link} header. Bad values are a 400
 * naming the parameter and what it accepts.
 *
 * @param after the position the page starts after; empty for the first page
 */
public record PageRequest(int limit, Optional<Cursor> after) {
    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 500;
    public static final String LIMIT = "limit";
    public static final String CURSOR = "cursor";

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit " + limit);
        }
        after = after == null ? Optional.empty() : after;
    }

    public static PageRequest first(int limit) {
        return new PageRequest(limit, Optional.empty());
    }

    public static PageRequest of(String limit, String cursor) {
        int n = DEFAULT_LIMIT;
        if (limit != null && !limit.isBlank()) {
            try {
                n = Integer.parseInt(limit.trim());
            } catch (NumberFormatException e) {
                n = -1;
            }
            if (n < 1 || n > MAX_LIMIT) {
                throw new ProblemException(400, "invalid-page-limit", "Invalid page size", "'" + LIMIT
                        + "' must be a whole number from 1 to " + MAX_LIMIT + " (default " + DEFAULT_LIMIT + ")")
                        .with("parameter", LIMIT).with("minimum", 1).with("maximum", MAX_LIMIT);
            }
        }
        Optional<Cursor> after = cursor == null || cursor.isBlank() ? Optional.empty()
                : Optional.of(Cursor.decode(CURSOR, cursor.trim()));
        return new PageRequest(n, after);
    }

    /**
     * The JPQL (or SQL) condition "after the cursor" in the order {@code time desc, id desc}, with the parameters
     * {@code :pageAt} and {@code :pageId} ({@link #bind}); {@code true} on the first page. The query must order by
     * {@code time desc, id desc}.
     */
    public String after(String timeField, String idField) {
        return after.isEmpty() ? "1 = 1"
                : "(" + timeField + " < :pageAt or (" + timeField + " = :pageAt and " + idField + " < :pageId))";
    }

    /** Binds the cursor's parameters of {@link #after} (a text id) and the fetch size. */
    public <Q extends jakarta.persistence.Query> Q bind(Q query) {
        return bind(query, id -> id);
    }

    /**
     * As {@link #bind(jakarta.persistence.Query)}, for an id column of another type ({@code Long::valueOf}); a cursor
     * whose id does not parse is a 400 {@code invalid-cursor}, as any other forged cursor.
     */
    public <Q extends jakarta.persistence.Query> Q bind(Q query, java.util.function.Function<String, ?> idType) {
        if (after.isPresent()) {
            Object id;
            try {
                id = idType.apply(after.get().id());
            } catch (RuntimeException e) {
                throw Cursor.invalid(CURSOR);
            }
            query.setParameter("pageAt", after.get().at()).setParameter("pageId", id);
        }
        query.setMaxResults(fetchSize());
        return query;
    }

    /** How many rows to fetch: one more than the page, to know whether a next page exists. */
    public int fetchSize() {
        return limit + 1;
    }
}
