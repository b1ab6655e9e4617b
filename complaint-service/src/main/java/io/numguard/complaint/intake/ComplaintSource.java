package io.numguard.complaint.intake;

/** Who reported: a citizen directly, a carrier (its subscribers' marks, in batches), or the police (a referral). */
public enum ComplaintSource {
    CITIZEN,
    CARRIER,
    POLICE
}
