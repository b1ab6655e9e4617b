package io.numguard.wiringfixture.feature.service;

import jakarta.enterprise.inject.Produces;

/** A producer in a service package (test fixture of LayeringRulesTest): the one LayeringRules reports. */
public class StrayProducer {
    @Produces
    Integer stray() {
        return 1;
    }
}
