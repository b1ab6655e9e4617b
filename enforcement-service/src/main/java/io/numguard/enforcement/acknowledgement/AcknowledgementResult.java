package io.numguard.enforcement.acknowledgement;

/**
 * The answer to a carrier's acknowledgement.
 *
 * @param acknowledgementsAfter the order's acknowledgements to save (the same instance when nothing changed)
 * @param acknowledgement       this carrier's acknowledgement: the one just recorded, or the first one on a repeat
 * @param recordedNow           false when the carrier had acknowledged already (a repeat changes nothing)
 */
public record AcknowledgementResult(OrderAcknowledgements acknowledgementsAfter,
                                    CarrierAcknowledgement acknowledgement, boolean recordedNow) {
}
