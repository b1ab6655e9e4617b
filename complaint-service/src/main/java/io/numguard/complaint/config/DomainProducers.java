package io.numguard.complaint.config;

import io.numguard.complaint.aggregate.BucketRule;
import io.numguard.complaint.aggregate.SubjectKind;
import io.numguard.complaint.aggregate.Window;
import io.numguard.complaint.assessment.Reassessor;
import io.numguard.complaint.intake.CitizenRateLimiter;
import io.numguard.complaint.intake.ComplainantHasher;
import io.numguard.complaint.intake.ComplaintCategory;
import io.numguard.complaint.intake.ComplaintIntake;
import io.numguard.complaint.intake.IntakeRules;
import io.numguard.complaint.intake.SourceWeights;
import io.numguard.complaint.opendata.SegmentLabels;
import io.numguard.complaint.reputation.LabelRules;
import io.numguard.complaint.reputation.ReputationIndex;
import io.numguard.complaint.reputation.ReputationPolicy;
import io.numguard.complaint.reputation.Verdict;
import io.numguard.complaint.reputation.VerdictPolicy;
import io.numguard.complaint.reputation.VerdictService;
import io.numguard.complaint.robocall.CallStatsValidator;
import io.numguard.complaint.robocall.RobocallDetector;
import io.numguard.complaint.robocall.RobocallRules;
import io.numguard.complaint.threshold.ThresholdDetector;
import io.numguard.complaint.threshold.ThresholdRule;
import io.numguard.support.opendata.FeedSpec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The framework-free domain objects, built once from {@link ComplaintSettings}. Bad configuration fails the start. */
@ApplicationScoped
public class DomainProducers {

    @Produces
    @Singleton
    ReputationIndex reputationIndex() {
        return new ReputationIndex();
    }

    @Produces
    @Singleton
    IntakeRules intakeRules(ComplaintSettings settings) {
        ComplaintSettings.Intake i = settings.intake();
        return new IntakeRules(new SourceWeights(i.citizenWeight(), i.carrierWeight(), i.policeWeight()),
                i.allowedClockSkew(), i.maxAge(), i.maxBatchRows());
    }

    @Produces
    @Singleton
    ComplainantHasher complainantHasher(ComplaintSettings settings) {
        return ComplainantHasher.ofSecret(settings.intake().complainantHashSecret());
    }

    @Produces
    @Singleton
    ComplaintIntake complaintIntake(IntakeRules rules, ComplainantHasher hasher, CitizenRateLimiter limiter,
                                    Clock clock) {
        return new ComplaintIntake(rules, hasher, limiter, clock);
    }

    @Produces
    @Singleton
    CallStatsValidator callStatsValidator(IntakeRules rules) {
        return new CallStatsValidator(rules);
    }

    @Produces
    @Singleton
    Reassessor reassessor(ComplaintSettings settings, ReputationIndex index) {
        List<ThresholdRule> rules = new ArrayList<>();
        for (String spec : settings.thresholds().rules()) {
            rules.add(parseRule(spec.trim()));
        }
        ReputationPolicy policy = new ReputationPolicy(labelRules(settings.labels().number()),
                labelRules(settings.labels().segment()));
        return new Reassessor(new ThresholdDetector(rules, index), policy);
    }

    /** The one bucket rule: the intake's source weights, and the quiet floor the re-assessment's rules give. */
    @Produces
    @Singleton
    BucketRule bucketRule(IntakeRules rules, Reassessor reassessor) {
        return new BucketRule(rules.weights(), reassessor.quietBelow(SubjectKind.NUMBER));
    }

    @Produces
    @Singleton
    VerdictService verdictService(ComplaintSettings settings, ReputationIndex index) {
        ComplaintSettings.VerdictSettings v = settings.verdict();
        VerdictPolicy policy = new VerdictPolicy(verdict(v.marketing()), verdict(v.harassment()),
                verdict(v.suspectedFraud()), verdict(v.fraud()), verdict(v.inactiveSegment()),
                verdict(v.unknownSegment()), verdict(v.outboundFromInboundOnly()), verdict(v.unfiledSubNumber()));
        return new VerdictService(index, policy);
    }

    @Produces
    @Singleton
    RobocallDetector robocallDetector(ComplaintSettings settings) {
        ComplaintSettings.Robocall r = settings.robocall();
        return new RobocallDetector(new RobocallRules(r.numberCallsPerHour(), r.segmentCallsPerHour(),
                r.maxMeanDurationSeconds(), r.maxAnswerRate(), r.dormantDays(), r.dormantMaxCalls(),
                r.spikeCallsPerHour()));
    }

    /** The open-data feed of segment labels (GET /open/v1/labels/segments). */
    @Produces
    @Singleton
    FeedSpec segmentLabelsFeed() {
        return SegmentLabels.FEED;
    }

    /** {@code KIND/WINDOW/CATEGORY:threshold:rearmBelow}. */
    static ThresholdRule parseRule(String spec) {
        String[] parts = spec.split(":");
        String[] id = parts[0].split("/");
        if (parts.length < 2 || parts.length > 3 || id.length != 3) {
            throw new IllegalArgumentException("threshold rule '" + spec
                    + "' is not KIND/WINDOW/CATEGORY:threshold[:rearmBelow]");
        }
        SubjectKind kind = SubjectKind.valueOf(id[0].toUpperCase(Locale.ROOT));
        Window window = Window.valueOf(id[1].toUpperCase(Locale.ROOT));
        ComplaintCategory category = ThresholdRule.ALL.equalsIgnoreCase(id[2]) ? null
                : ComplaintCategory.parse(id[2]).orElseThrow(() -> new IllegalArgumentException(
                "unknown category in threshold rule '" + spec + "'"));
        long threshold = Long.parseLong(parts[1].trim());
        long rearm = parts.length == 3 ? Long.parseLong(parts[2].trim()) : threshold;
        return new ThresholdRule(kind, window, category, threshold, rearm);
    }

    private static LabelRules labelRules(List<Long> w) {
        if (w.size() != 5) {
            throw new IllegalArgumentException("label weights are marketing,harassment,suspectedFraud,"
                    + "suspectedFraudPolice,fraudPolice; got " + w);
        }
        return new LabelRules(Window.P30D, w.get(0), w.get(1), w.get(2), w.get(3), w.get(4));
    }

    private static Verdict verdict(String raw) {
        return Verdict.valueOf(raw.trim().toUpperCase(Locale.ROOT));
    }
}
