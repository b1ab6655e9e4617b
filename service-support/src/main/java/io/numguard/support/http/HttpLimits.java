package io.numguard.support.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The request limits {@link HttpLayerProblems} enforces ({@code numguard.http.*}). */
@ConfigMapping(prefix = "numguard.http")
public interface HttpLimits {
    /** Method, URI and protocol of the request line together. */
    @WithDefault("4096")
    int maxRequestLine();

    /** Names and values of all headers together. */
    @WithDefault("20K")
    MemorySize maxHeaderSize();

    /** The body by its {@code Content-Length}: Quarkus's own limit, so the two never disagree. */
    @WithDefault("${quarkus.http.limits.max-body-size:10240K}")
    MemorySize maxBodySize();
}
