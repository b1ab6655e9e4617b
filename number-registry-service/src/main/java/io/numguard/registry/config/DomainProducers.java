package io.numguard.registry.config;

import io.numguard.registry.licensee.LegalRepresentativeHasher;
import io.numguard.registry.lookup.NumberIndex;
import io.numguard.registry.numberplan.NumberPlan;
import io.numguard.registry.opendata.BarredSegments;
import io.numguard.registry.segment.AllocationPolicies;
import io.numguard.registry.segment.AllocationPolicy;
import io.numguard.registry.segment.SegmentLifecycle;
import io.numguard.support.opendata.FeedSpec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The framework-free domain objects, built once from configuration. Bad configuration fails the start. */
@ApplicationScoped
public class DomainProducers {

    @Produces
    @Singleton
    NumberPlan numberPlan(RegistryConfig config) {
        return NumberPlan.of(config.numberPlan().allowed(), config.numberPlan().reserved());
    }

    @Produces
    @Singleton
    AllocationPolicy allocationPolicy(NumberPlan plan) {
        return AllocationPolicies.standard(plan);
    }

    @Produces
    @Singleton
    SegmentLifecycle segmentLifecycle(RegistryConfig config) {
        return new SegmentLifecycle(config.quarantine());
    }

    @Produces
    @Singleton
    LegalRepresentativeHasher legalRepresentativeHasher(LegalRepresentativeConfig config) {
        return new LegalRepresentativeHasher(config.pepper());
    }

    /** One index per process; see {@code lookup.service.NumberIndexKeeper} for how it is fed. */
    @Produces
    @Singleton
    NumberIndex numberIndex() {
        return new NumberIndex();
    }

    /** The open-data feed of barred segments (GET /open/v1/segments/barred). */
    @Produces
    @Singleton
    FeedSpec barredSegmentsFeed() {
        return BarredSegments.FEED;
    }
}
