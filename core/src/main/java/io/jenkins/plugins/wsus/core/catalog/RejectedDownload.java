package io.jenkins.plugins.wsus.core.catalog;

/**
 * A download URL the client refused to follow, with the reason (host not allowed, not http(s), not
 * a URL).
 *
 * @param file the file as the catalog listed it
 * @param reason why it was refused
 */
public record RejectedDownload(CatalogDownloadFile file, String reason) {}
