package io.numguard.support.jobs;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Makes {@link ClusterLease}s on the service's database, so services need no data source of their own for them. */
@ApplicationScoped
public class ClusterLeases {
    @Inject
    AgroalDataSource dataSource;

    /** A lease on the work named {@code name} (stable across replicas, e.g. {@code complaint.segment-fold.0}). */
    public ClusterLease lease(String name) {
        return new ClusterLease(dataSource, name);
    }
}
