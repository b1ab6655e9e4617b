package io.numguard.complaint.intake;

import java.time.Instant;

/**
 * One row of a carrier's batch of marks, as received (not yet validated).
 *
 * @param number      the marked 95 number, in any form people type
 * @param category    MARKETING, HARASSMENT, FRAUD, ROBOCALL or OTHER
 * @param markedAt    when the subscriber marked the number
 * @param markerPhone the marking subscriber's own number, optional; hashed on intake, never stored
 */
public record CarrierMarkRow(String number, String category, Instant markedAt, String markerPhone) {
}
