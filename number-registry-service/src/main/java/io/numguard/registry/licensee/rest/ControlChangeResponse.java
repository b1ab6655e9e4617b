package io.numguard.registry.licensee.rest;

import java.util.List;

/** What {@code POST /api/licensees/{uscc}/control-changes} recorded, and the licensee after it. */
public record ControlChangeResponse(boolean suspectedResale, List<LicenseeView.ControlChangeView> recorded,
                                    LicenseeView licensee) {
}
