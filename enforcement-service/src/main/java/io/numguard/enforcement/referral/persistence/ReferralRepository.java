package io.numguard.enforcement.referral.persistence;

import com.fasterxml.jackson.core.type.TypeReference;
import io.numguard.enforcement.common.service.Json;
import io.numguard.enforcement.referral.Referral;
import io.numguard.enforcement.referral.ReferralLink;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ReferralRepository {
    @Inject
    EntityManager em;
    @Inject
    Json json;

    public void save(Referral r) {
        ReferralEntity e = new ReferralEntity();
        e.referralId = r.referralId();
        e.agency = r.agency();
        e.submittedBy = r.submittedBy();
        e.policeCaseNumber = r.policeCaseNumber();
        e.lossYuan = r.lossYuan();
        e.suspectNumbers = json.write(r.suspectNumbers());
        e.summary = r.summary();
        e.receivedAt = r.receivedAt();
        e.links = json.write(r.links());
        e.unmatchedNumbers = json.write(r.unmatchedNumbers());
        em.persist(e);
    }

    public Optional<Referral> find(String id) {
        return Optional.ofNullable(em.find(ReferralEntity.class, id)).map(this::toDomain);
    }

    /** One agency's referrals, newest first. */
    public List<Referral> ofAgency(String agency, int limit) {
        return em.createQuery("from ReferralEntity where agency = :a order by receivedAt desc, referralId",
                        ReferralEntity.class).setParameter("a", agency).setMaxResults(limit).getResultStream()
                .map(this::toDomain).toList();
    }

    private Referral toDomain(ReferralEntity e) {
        return new Referral(e.referralId, e.agency,
                e.submittedBy, e.policeCaseNumber, e.lossYuan,
                json.read(e.suspectNumbers, new TypeReference<List<String>>() { }), e.summary, e.receivedAt,
                json.read(e.links, new TypeReference<List<ReferralLink>>() { }),
                json.read(e.unmatchedNumbers, new TypeReference<List<String>>() { }));
    }
}
