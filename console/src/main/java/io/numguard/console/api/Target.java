package io.numguard.console.api;

/** The three services the console calls; each base URL is configured ({@code numguard.<name>.url}). */
public enum Target {
    REGISTRY, COMPLAINT, ENFORCEMENT
}
