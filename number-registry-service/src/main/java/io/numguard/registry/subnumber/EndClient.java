package io.numguard.registry.subnumber;

import io.numguard.contracts.identity.Uscc;

/**
 * The end client that uses a sub-number: the business whose customers call or are called.
 *
 * @param uscc null when the end client has no USCC (e.g. a public institution or a foreign company)
 */
public record EndClient(String name, Uscc uscc, String purpose) {
    public EndClient {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("end client name is empty");
        }
        if (purpose == null || purpose.isBlank()) {
            throw new IllegalArgumentException("purpose of the number is empty");
        }
        name = name.strip();
        purpose = purpose.strip();
    }
}
