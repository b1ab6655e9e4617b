package io.numguard.complaint.persistence;

import io.numguard.complaint.aggregate.Subject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.TreeSet;

/**
 * One subject is evaluated by one transaction at a time (its buckets, threshold states and label must not be
 * read and written by two at once). Its state rows may not exist yet, so instead of {@code SELECT ... FOR UPDATE}
 * each subject maps to one of {@value #STRIPES} transaction-scoped advisory locks, always taken in ascending order
 * (no deadlocks) and released at commit. Striping bounds the locks a 10,000-row batch holds. Numbers and segments
 * have stripes of their own (numbers' first): the intake locks numbers while the segment folder locks segments, and
 * a number's stripe shared with a segment would make them wait for each other.
 */
@ApplicationScoped
public class SubjectLocks {
    static final int NAMESPACE = 0x95C0;
    static final int STRIPES = 256;

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(Collection<Subject> subjects) {
        TreeSet<Integer> stripes = new TreeSet<>();
        for (Subject s : subjects) {
            stripes.add((s.isNumber() ? 0 : STRIPES) + Math.floorMod(s.code().hashCode(), STRIPES));
        }
        if (stripes.size() == 1) {
            em.createNativeQuery("select pg_advisory_xact_lock(" + NAMESPACE + ", " + stripes.first() + ")")
                    .getSingleResult();
            return;
        }
        // one round trip; the ordered sub-select makes the locks be taken in ascending order
        em.createNativeQuery("select count(pg_advisory_xact_lock(" + NAMESPACE + ", s)) from (select s from"
                        + " unnest(cast(?1 as int[])) as s order by s) as ordered")
                .setParameter(1, stripes.stream().map(String::valueOf)
                        .collect(java.util.stream.Collectors.joining(",", "{", "}")))
                .getSingleResult();
    }
}
