package io.numguard.enforcement.decisionlog;

/** What kind of decision a log entry records. The name is part of the hashed content: never rename a constant. */
public enum DecisionKind {
    /** A case was opened, by a regulator or by the service from a signal, a resale flag or a referral. */
    CASE_OPENED,
    /** A workflow action on a case other than approving or rejecting (investigate, order rectification, propose...). */
    CASE_ACTION,
    /** A proposal of suspension, revocation or reinstatement was approved or rejected. */
    APPROVAL,
    SANCTION_IMPOSED,
    SANCTION_LIFTED,
    /** Something was escalated on a case: an overdue carrier acknowledgement, a rectification not done. */
    ESCALATION
}
