package io.numguard.console.api;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceApiTest {
    @Test
    void theNextCursorIsTakenFromTheLinkHeader() {
        assertThat(ServiceApi.nextCursor(Optional.of("<http://127.0.0.1:8083/api/cases?limit=50&cursor=abc%3D%3D>; "
                + "rel=\"next\""))).isEqualTo("abc==");
        assertThat(ServiceApi.nextCursor(Optional.of("<http://x/api/cases?cursor=p>; rel=\"prev\""))).isNull();
        assertThat(ServiceApi.nextCursor(Optional.empty())).isNull();
    }

    @Test
    void userInputIsEncodedAsOnePathSegment() {
        assertThat(ServiceApi.seg(" 95 123/456 ")).isEqualTo("95%20123%2F456");
    }
}
