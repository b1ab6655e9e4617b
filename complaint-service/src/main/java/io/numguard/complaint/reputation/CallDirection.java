package io.numguard.complaint.reputation;

/**
 * Which way the screened call goes, seen from the 95 number: OUTBOUND when the 95 number is the caller (the usual
 * screening case: warn the callee), INBOUND when someone calls the 95 number.
 */
public enum CallDirection {
    OUTBOUND,
    INBOUND
}
