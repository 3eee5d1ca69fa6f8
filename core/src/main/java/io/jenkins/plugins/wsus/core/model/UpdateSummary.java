package io.jenkins.plugins.wsus.core.model;

/**
 * What a server knows about one update ({@code ExecuteSPGetUpdateById}), enough to verify an
 * import.
 *
 * @param id the update and revision
 * @param title the update title, may be null
 * @param classification the classification title, null when not available
 */
public record UpdateSummary(UpdateRevisionId id, String title, String classification) {}
