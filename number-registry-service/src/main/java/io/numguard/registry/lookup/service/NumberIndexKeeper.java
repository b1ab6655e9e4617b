package io.numguard.registry.lookup.service;

import io.numguard.contracts.number.PhoneNumber;
import io.numguard.registry.licensee.persistence.LicenseeRepository;
import io.numguard.registry.lookup.IndexedSegment;
import io.numguard.registry.lookup.NumberIndex;
import io.numguard.registry.lookup.NumberLookup;
import io.numguard.registry.numberplan.SegmentCode;
import io.numguard.registry.segment.persistence.SegmentRepository;
import io.numguard.registry.subnumber.SubNumberFiling;
import io.numguard.registry.subnumber.persistence.SubNumberFilingRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps the in-memory {@link NumberIndex} in step with the database: rebuilt from it at start and periodically
 * (which also picks up what other replicas committed), and updated right after every local commit that changes a
 * segment, a filing or a licensee's name. Lookups never touch the database.
 */
@ApplicationScoped
public class NumberIndexKeeper {
    private static final Logger LOG = Logger.getLogger(NumberIndexKeeper.class);

    @Inject
    NumberIndex index;
    @Inject
    SegmentRepository segments;
    @Inject
    SubNumberFilingRepository filings;
    @Inject
    LicenseeRepository licensees;

    private final Map<String, String> licenseeNames = new ConcurrentHashMap<>();
    private final Object rebuildLock = new Object();
    /** Changes committed while a rebuild runs; null when none runs. Guarded by {@link #rebuildLock}. */
    private List<IndexChange> duringRebuild;

    void onStart(@Observes StartupEvent ev) {
        rebuild();
    }

    @Scheduled(every = "${numguard.registry.lookup.rebuild-interval:5m}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void periodicRebuild() {
        rebuild();
    }

    /**
     * Reads everything and swaps the index. Changes committed while the rebuild reads are recorded and applied
     * again after the swap, so the snapshot read a moment ago cannot hide them.
     */
    public synchronized void rebuild() {
        synchronized (rebuildLock) {
            duringRebuild = new ArrayList<>();
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                List<IndexedSegment> rows = segments.allIndexed();
                List<SubNumberFiling> all = filings.all();
                licenseeNames.putAll(licensees.names());
                index.rebuild(rows, all);
                LOG.infof("number index rebuilt: %d segment rows, %d filings", rows.size(), all.size());
            });
        } finally {
            List<IndexChange> replay;
            synchronized (rebuildLock) {
                replay = duringRebuild;
                duringRebuild = null;
            }
            replay.forEach(this::apply);
        }
    }

    /** Reads every row of the code back and applies it: used when another replica changed the segment. */
    public void refresh(SegmentCode code) {
        List<IndexedSegment> rows = QuarkusTransaction.requiringNew().call(() -> segments.indexedRows(code));
        rows.forEach(r -> afterCommit(new IndexChange.SegmentRow(r)));
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) IndexChange change) {
        synchronized (rebuildLock) {
            if (duringRebuild != null) {
                duringRebuild.add(change);
            }
        }
        apply(change);
    }

    private void apply(IndexChange change) {
        if (change instanceof IndexChange.SegmentRow r) {
            index.upsert(r.segment());
        } else if (change instanceof IndexChange.Filing f) {
            index.upsertFiling(f.filing());
        } else if (change instanceof IndexChange.LicenseeName n) {
            licenseeNames.put(n.uscc(), n.name());
        }
    }

    public NumberLookup lookup(PhoneNumber number) {
        return index.lookup(number);
    }

    public String licenseeName(String uscc) {
        return licenseeNames.get(uscc);
    }
}
