package io.numguard.enforcement.referral.persistence;

import com.fasterxml.jackson.core.type.TypeReference;
import io.numguard.enforcement.common.service.Json;
import io.numguard.enforcement.referral.Referral;
import io.numguard.enforcement.referral.ReferralLink;
import io.numguard.support.paging.Cursor;
import io.numguard.support.paging.Page;
import io.numguard.support.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
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

    /**
     * A page of referrals, newest first: of one agency (police), of the cases of one province (a regulator: a
     * referral that joined a case there), or all ({@code agency} and {@code province} null: the ministry).
     */
    @SuppressWarnings("unchecked")
    public Page<Referral> list(String agency, String province, PageRequest page) {
        StringBuilder sql = new StringBuilder("select r.* from referral r where ")
                .append(page.after("r.received_at", "r.referral_id"));
        if (agency != null) {
            sql.append(" and r.agency = :agency");
        }
        if (province != null) {
            sql.append(" and exists (select 1 from jsonb_array_elements(cast(r.links as jsonb)) l"
                    + " join enforcement_case c on c.id = l ->> 'caseId' where c.province = :province)");
        }
        sql.append(" order by r.received_at desc, r.referral_id desc");
        Query q = page.bind(em.createNativeQuery(sql.toString(), ReferralEntity.class));
        if (agency != null) {
            q.setParameter("agency", agency);
        }
        if (province != null) {
            q.setParameter("province", province);
        }
        List<Referral> rows = ((List<ReferralEntity>) q.getResultList()).stream().map(this::toDomain).toList();
        return Page.of(rows, page, r -> new Cursor(r.receivedAt(), r.referralId()));
    }

    private Referral toDomain(ReferralEntity e) {
        return new Referral(e.referralId, e.agency, e.submittedBy, e.policeCaseNumber, e.lossYuan,
                json.read(e.suspectNumbers, new TypeReference<List<String>>() { }), e.summary, e.receivedAt,
                json.read(e.links, new TypeReference<List<ReferralLink>>() { }),
                json.read(e.unmatchedNumbers, new TypeReference<List<String>>() { }));
    }
}
