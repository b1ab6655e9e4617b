package io.numguard.enforcement.config;

import io.numguard.contracts.identity.LegalRepresentativeHashing;
import io.numguard.enforcement.cases.CaseIntake;
import io.numguard.enforcement.cases.CaseWorkflow;
import io.numguard.enforcement.common.EnforcementSettings;
import io.numguard.enforcement.common.IdSource;
import io.numguard.enforcement.common.config.EnforcementConfig;
import io.numguard.enforcement.decisionlog.CheckpointSigner;
import io.numguard.enforcement.decisionlog.service.DecisionLogConfig;
import io.numguard.enforcement.directory.persistence.DirectoryRepository;
import io.numguard.enforcement.referral.ReferralIntake;
import io.numguard.enforcement.sanction.JointPunishment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * The framework-free domain objects, built once from configuration with what the service provides: the clock bean,
 * random ids and the local directory as lookups (queried in the caller's transaction). Bad configuration fails the
 * start.
 */
@ApplicationScoped
public class DomainProducers {

    @Produces
    @Singleton
    EnforcementSettings settings(EnforcementConfig config) {
        return new EnforcementSettings(config.rectificationPeriod(),
                config.acknowledgementPeriodSuspend().orElse(config.acknowledgementPeriod()),
                config.acknowledgementPeriodRevoke().orElse(config.acknowledgementPeriod()));
    }

    @Produces
    @Singleton
    CaseIntake caseIntake(Clock clock, DirectoryRepository directory) {
        return new CaseIntake(clock, IdSource.uuids(), directory.segments(), directory.licensees());
    }

    @Produces
    @Singleton
    CaseWorkflow workflow(EnforcementSettings settings, Clock clock, DirectoryRepository directory) {
        return new CaseWorkflow(settings, clock, IdSource.uuids(), directory.licensees());
    }

    @Produces
    @Singleton
    ReferralIntake referralIntake(Clock clock, DirectoryRepository directory, CaseIntake caseIntake) {
        return new ReferralIntake(clock, IdSource.uuids(), directory.segments(), caseIntake);
    }

    @Produces
    @Singleton
    JointPunishment jointPunishment(Clock clock, DirectoryRepository directory) {
        return new JointPunishment(clock, IdSource.uuids(), directory.licensees());
    }

    /** The checkpoint key pair; a pair that does not match stops the start rather than sign nonsense. */
    @Produces
    @Singleton
    CheckpointSigner checkpointSigner(DecisionLogConfig config) {
        return CheckpointSigner.of(config.checkpointSigningSecret(), config.checkpointPublicKey());
    }

    /** The contract's hash of a legal representative's ID number, with the pepper the registry uses too. */
    @Produces
    @Singleton
    LegalRepresentativeHashing legalRepresentativeHashing(LegalRepresentativeConfig config) {
        return new LegalRepresentativeHashing(config.pepper());
    }
}
