package io.jenkins.plugins.wsus.simulator.catalog;

/**
 * One downloadable file of a simulated catalog update.
 *
 * @param fileName the file name
 * @param url the download URL the download dialog lists
 * @param sha1Base64 the SHA-1 digest in base64, as the catalog shows it
 * @param languages the languages field ("" or "all" for most updates)
 * @param architectures the architectures field (usually "")
 */
public record CatalogFile(
    String fileName, String url, String sha1Base64, String languages, String architectures) {}
