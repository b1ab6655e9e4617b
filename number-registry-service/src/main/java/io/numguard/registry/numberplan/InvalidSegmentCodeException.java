package io.numguard.registry.numberplan;

/** The input is not a segment code ({@code 95} + 3 or 4 digits); the message says why. */
public class InvalidSegmentCodeException extends IllegalArgumentException {
    public InvalidSegmentCodeException(String message) {
        super(message);
    }
}
