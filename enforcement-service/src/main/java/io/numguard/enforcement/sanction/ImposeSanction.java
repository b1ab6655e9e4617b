package io.numguard.enforcement.sanction;

/**
 * A regulator's request to impose joint punishment by hand.
 *
 * @param legalRepresentativeHash optional: when null, the hash known for the licensee is used
 * @param caseId                  optional: the case the sanction belongs to
 */
public record ImposeSanction(String uscc, String legalRepresentativeHash, String reason, String caseId) {

    /**
     * The case a sanction names, as the database has it: its id and the licensee it concerns (null when the case is a
     * segment's whose holder is not known).
     */
    public record LinkedCase(String caseId, String licenseeUscc) {
    }
}
