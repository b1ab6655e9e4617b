package io.numguard.complaint.intake;

/**
 * How much one complaint from each source counts in the weighted totals. A police referral is evidence from an
 * investigation, so it must weigh at least as much as any other source.
 */
public record SourceWeights(int citizen, int carrier, int police) {
    public static final SourceWeights DEFAULT = new SourceWeights(1, 2, 10);

    public SourceWeights {
        if (citizen < 1 || carrier < 1 || police < 1) {
            throw new IllegalArgumentException("source weights must be at least 1, got citizen=" + citizen
                    + " carrier=" + carrier + " police=" + police);
        }
        if (police < citizen || police < carrier) {
            throw new IllegalArgumentException("police referrals must weigh the most, got citizen=" + citizen
                    + " carrier=" + carrier + " police=" + police);
        }
    }

    public int weightOf(ComplaintSource source) {
        return switch (source) {
            case CITIZEN -> citizen;
            case CARRIER -> carrier;
            case POLICE -> police;
        };
    }
}
