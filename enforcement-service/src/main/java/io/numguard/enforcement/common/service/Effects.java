package io.numguard.enforcement.common.service;

import io.numguard.enforcement.common.OutgoingEvent;
import io.numguard.enforcement.decisionlog.Decision;
import io.numguard.enforcement.decisionlog.service.DecisionLogService;
import io.numguard.support.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;

/** Writes what a domain operation caused, in the caller's transaction: outbox rows and decision-log entries. */
@ApplicationScoped
public class Effects {
    @Inject
    Outbox outbox;
    @Inject
    DecisionLogService decisionLog;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(List<OutgoingEvent> events, List<Decision> decisions) {
        for (OutgoingEvent e : events) {
            outbox.publish(e.type(), e.key(), e.data());
        }
        decisionLog.append(decisions);
    }
}
