package io.numguard.registry.segment;

/** What can be done to a segment; which action is allowed from which status is {@link SegmentTransitions#TABLE}. */
public enum SegmentAction {
    /** Creates the segment; not a row of the table since there is no "from". */
    ALLOCATE,
    SUSPEND,
    REINSTATE,
    REVOKE,
    EXPIRE,
    /** Follows REVOKE and EXPIRE immediately, in the same operation. */
    QUARANTINE,
    RELEASE,
    EXPAND,
    CHANGE_OUTBOUND
}
