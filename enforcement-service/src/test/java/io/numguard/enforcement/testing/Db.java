package io.numguard.enforcement.testing;

import io.numguard.enforcement.acknowledgement.persistence.ObligationEntity;
import io.numguard.enforcement.directory.persistence.KnownLicenseeEntity;
import io.numguard.enforcement.directory.persistence.KnownSegmentEntity;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.Duration;
import java.util.List;

import static org.awaitility.Awaitility.await;

/** Direct looks into the service's database, for waiting on consumers and for tampering. */
@ApplicationScoped
public class Db {
    @Inject
    EntityManager em;

    public void awaitSegment(String code, String status) {
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() -> {
            KnownSegmentEntity s = em.find(KnownSegmentEntity.class, code);
            return s != null && s.status.name().equals(status);
        }));
    }

    public void awaitLicensee(String uscc, String province) {
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() -> {
            KnownLicenseeEntity l = em.find(KnownLicenseeEntity.class, uscc);
            return l != null && province.equals(l.province);
        }));
    }

    public void awaitObligation(String orderId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> em.find(ObligationEntity.class, orderId) != null));
    }

    public long count(String sql, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var q = em.createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, params[i]);
            }
            return ((Number) q.getSingleResult()).longValue();
        });
    }

    public Object single(String sql, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var q = em.createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, params[i]);
            }
            return q.getSingleResult();
        });
    }

    public int execute(String sql, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var q = em.createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, params[i]);
            }
            return q.executeUpdate();
        });
    }

    @SuppressWarnings("unchecked")
    public List<Object> list(String sql, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var q = em.createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, params[i]);
            }
            return (List<Object>) q.getResultList();
        });
    }
}
