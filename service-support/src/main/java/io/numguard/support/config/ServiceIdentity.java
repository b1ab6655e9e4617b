package io.numguard.support.config;

import io.smallrye.config.ConfigMapping;

/** Which service this is ({@code numguard.service.*}): names its Kafka client and the source of its CloudEvents. */
@ConfigMapping(prefix = "numguard.service")
public interface ServiceIdentity {
    /** Short name ({@code registry}, {@code complaint}, {@code enforcement}): CloudEvents source {@code /numguard/<name>}. */
    String name();
}
