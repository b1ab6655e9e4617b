package io.numguard.registry.segment;

/**
 * Who an enforcement order says proposed and approved it. Kept as the order's claim, not as the actor of the
 * registry's history: the registry did not see these people act, it received the order from the enforcement service
 * (the one principal allowed to write the orders topic), and a record's fields are only what the sender wrote.
 */
public record OrderClaim(String proposedBy, String approvedBy) {
    public static OrderClaim of(String proposedBy, String approvedBy) {
        boolean none = (proposedBy == null || proposedBy.isBlank()) && (approvedBy == null || approvedBy.isBlank());
        return none ? null : new OrderClaim(proposedBy, approvedBy);
    }
}
