package io.numguard.enforcement.common.service;

import io.numguard.enforcement.cases.CaseIntake;
import io.numguard.enforcement.cases.CaseWorkflow;
import io.numguard.enforcement.common.EnforcementSettings;
import io.numguard.enforcement.common.IdSource;
import io.numguard.enforcement.common.config.EnforcementConfig;
import io.numguard.enforcement.directory.persistence.DirectoryRepository;
import io.numguard.enforcement.referral.ReferralIntake;
import io.numguard.enforcement.sanction.JointPunishment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;

/**
 * Builds the framework-free domain services with what the service provides: the clock bean, random ids, the
 * configured periods and the local directory as lookups (queried in the caller's transaction).
 */
@ApplicationScoped
public class Domain {
    @Inject
    Clock clock;
    @Inject
    EnforcementConfig config;
    @Inject
    DirectoryRepository directory;

    public EnforcementSettings settings() {
        return new EnforcementSettings(config.rectificationPeriod(),
                config.acknowledgementPeriodSuspend().orElse(config.acknowledgementPeriod()),
                config.acknowledgementPeriodRevoke().orElse(config.acknowledgementPeriod()));
    }

    public CaseIntake caseIntake() {
        return new CaseIntake(clock, IdSource.uuids(), directory.segments(), directory.licensees());
    }

    public CaseWorkflow workflow() {
        return new CaseWorkflow(settings(), clock, IdSource.uuids(), directory.licensees());
    }

    public ReferralIntake referralIntake() {
        return new ReferralIntake(clock, IdSource.uuids(), directory.segments(), caseIntake());
    }

    public JointPunishment jointPunishment() {
        return new JointPunishment(clock, IdSource.uuids(), directory.licensees());
    }
}
