package io.numguard.deploycheck;

/** A kustomization the renderer cannot render exactly as Kustomize would: it fails rather than guess. */
public class RenderException extends RuntimeException {
    public RenderException(String message) {
        super(message);
    }
}
