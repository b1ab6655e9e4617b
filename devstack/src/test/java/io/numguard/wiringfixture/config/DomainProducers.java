package io.numguard.wiringfixture.config;

import jakarta.enterprise.inject.Produces;

/** A producer where LayeringRules wants it (test fixture of LayeringRulesTest). */
public class DomainProducers {
    @Produces
    String wired() {
        return "in config";
    }
}
