package io.numguard.support.paging;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One page of a list and the cursor of the next, if there is more. Every list answers its page as a JSON array (as
 * before paging) with {@code Link: <same request with cursor=...>; rel="next"} when there is more.
 */
public record Page<T>(List<T> items, Optional<Cursor> next) {

    /**
     * The page from rows fetched with {@link PageRequest#fetchSize()}: the extra row, if there, only says that a next
     * page exists; the next page starts after the last row kept.
     */
    public static <T> Page<T> of(List<T> fetched, PageRequest request, Function<T, Cursor> keyOf) {
        if (fetched.size() <= request.limit()) {
            return new Page<>(List.copyOf(fetched), Optional.empty());
        }
        List<T> items = List.copyOf(fetched.subList(0, request.limit()));
        return new Page<>(items, Optional.of(keyOf.apply(items.get(items.size() - 1))));
    }

    public <R> Page<R> map(Function<T, R> f) {
        return new Page<>(items.stream().map(f).toList(), next);
    }

    /** 200 with the items, and the {@code Link} to the next page (the request's own query, cursor replaced). */
    public Response toResponse(UriInfo uri) {
        Response.ResponseBuilder ok = Response.ok(items);
        next.ifPresent(c -> ok.header("Link", "<" + uri.getRequestUriBuilder()
                .replaceQueryParam(PageRequest.CURSOR, c.encode()).build() + ">; rel=\"next\""));
        return ok.build();
    }
}
