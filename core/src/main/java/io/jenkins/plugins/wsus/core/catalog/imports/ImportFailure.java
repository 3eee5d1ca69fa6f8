package io.jenkins.plugins.wsus.core.catalog.imports;

/**
 * Why a KB or an update was not delivered.
 *
 * @param stage where it stopped
 * @param errorClass the error class ({@link io.jenkins.plugins.wsus.core.resilience.ErrorClass}
 *     name), e.g. UPSTREAM_UNAVAILABLE for the catalog's error page
 * @param message what went wrong, in words (never a secret)
 */
public record ImportFailure(ImportStage stage, String errorClass, String message) {}
