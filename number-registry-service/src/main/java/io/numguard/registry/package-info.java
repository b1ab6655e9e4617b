/**
 * The domain model of the number registry: plain Java, no framework, no I/O; time comes in as {@link java.time.Instant}
 * parameters and calendar dates are China dates ({@link io.numguard.registry.RegulatoryCalendar}).
 * <ul>
 *   <li>{@code licensee}: {@code Province}, {@code Licensee} and its control changes, the
 *       {@code LegalRepresentativeHasher} and the suspected-resale rule ({@code ResaleCheck}); the {@code Uscc}
 *       value type is shared with enforcement, in event-contracts.</li>
 *   <li>{@code numberplan}: {@code SegmentCode} and the configurable {@code NumberPlan}.</li>
 *   <li>{@code segment}: {@code Segment}, the allocation policies and the lifecycle table
 *       ({@code SegmentTransitions}, operated by {@code SegmentLifecycle}).</li>
 *   <li>{@code subnumber}: real-name filing of the 8-digit numbers of an expanded segment.</li>
 *   <li>{@code sanction}: sanctions kept from enforcement's events, read by the allocation policies.</li>
 *   <li>{@code lookup}: the in-memory longest-prefix {@code NumberIndex}.</li>
 * </ul>
 * Operations and policies answer with service-support's {@link io.numguard.support.rule.Verdict} (a yes/no policy
 * with {@code Verdict<Nothing>}); a refusal carries a {@link io.numguard.registry.RejectionReason}, whose problem type
 * gives the problem+json type, title and status. Changes come with the
 * {@link io.numguard.registry.DomainEvent} to write to the outbox in the same transaction.
 */
package io.numguard.registry;
