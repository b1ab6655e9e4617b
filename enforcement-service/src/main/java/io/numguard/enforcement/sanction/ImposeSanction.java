package io.numguard.enforcement.sanction;

/**
 * A regulator's request to impose joint punishment by hand.
 *
 * @param legalRepresentativeHash optional: when null, the hash known for the licensee is used
 * @param caseId                  optional: the case the sanction belongs to
 */
public record ImposeSanction(String uscc, String legalRepresentativeHash, String reason, String caseId) {
}
