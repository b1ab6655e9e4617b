package io.numguard.contracts.number;

/** The input is not a 95 number; the message says why in words a caller can act on. */
public class InvalidPhoneNumberException extends IllegalArgumentException {
    public InvalidPhoneNumberException(String message) {
        super(message);
    }
}
