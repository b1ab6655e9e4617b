package io.numguard.enforcement.directory.persistence;

import io.numguard.contracts.number.PhoneNumber;
import io.numguard.enforcement.directory.KnownLicensee;
import io.numguard.enforcement.directory.KnownSegment;
import io.numguard.enforcement.directory.LicenseeLookup;
import io.numguard.enforcement.directory.SegmentLookup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The local directory of segments and licensees, as the domain's {@link SegmentLookup} and {@link LicenseeLookup}.
 * A licensee's segments are the known segments it holds that are in no {@link KnownLicensee#NO_LONGER_HELD} status.
 */
@ApplicationScoped
public class DirectoryRepository {
    @Inject
    EntityManager em;

    /** By number: the longest known prefix (a query); by code: the row itself (the persistence context's copy). */
    public SegmentLookup segments() {
        return new SegmentLookup() {
            @Override
            public Optional<KnownSegment> segmentOf(PhoneNumber number) {
                return DirectoryRepository.this.segmentOf(number);
            }

            @Override
            public Optional<KnownSegment> segmentByCode(String code) {
                return DirectoryRepository.this.segmentByCode(code);
            }
        };
    }

    public LicenseeLookup licensees() {
        return this::licensee;
    }

    /** The known segment whose code is the longest prefix of the number. */
    public Optional<KnownSegment> segmentOf(PhoneNumber number) {
        String digits = number.digits();
        List<String> prefixes = new java.util.ArrayList<>();
        for (int len = Math.min(6, digits.length()); len >= 5; len--) {
            prefixes.add(digits.substring(0, len));
        }
        return em.createQuery("from KnownSegmentEntity where code in :codes", KnownSegmentEntity.class)
                .setParameter("codes", prefixes).getResultStream()
                .max((a, b) -> Integer.compare(a.code.length(), b.code.length()))
                .map(DirectoryRepository::toSegment);
    }

    public Optional<KnownSegment> segmentByCode(String code) {
        return findSegment(code).map(DirectoryRepository::toSegment);
    }

    public Optional<KnownSegmentEntity> findSegment(String code) {
        return Optional.ofNullable(em.find(KnownSegmentEntity.class, code));
    }

    public Optional<KnownLicenseeEntity> findLicensee(String uscc) {
        return Optional.ofNullable(uscc == null ? null : em.find(KnownLicenseeEntity.class, uscc));
    }

    public Optional<KnownLicensee> licensee(String uscc) {
        return findLicensee(uscc).map(l -> new KnownLicensee(l.uscc, l.province, l.legalRepresentativeHash,
                segmentCodesOf(l.uscc)));
    }

    /** The codes the licensee holds, as the segment events said (also when its licensee event has not come yet). */
    public List<String> segmentCodesOf(String uscc) {
        return em.createQuery("select s.code from KnownSegmentEntity s where s.licenseeUscc = :u "
                        + "and s.status not in :gone order by s.code", String.class)
                .setParameter("u", uscc).setParameter("gone", KnownLicensee.NO_LONGER_HELD).getResultList();
    }

    public void persist(Object entity) {
        em.persist(entity);
    }

    public static KnownSegment toSegment(KnownSegmentEntity e) {
        List<String> carriers = e.carriers == null || e.carriers.isBlank() ? List.of()
                : Arrays.stream(e.carriers.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        return new KnownSegment(e.code, e.licenseeUscc, e.province, carriers);
    }
}
