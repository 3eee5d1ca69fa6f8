package io.jenkins.plugins.wsus.core.catalog;

import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

/**
 * One downloadable file of a catalog update, as listed by {@code DownloadDialog.aspx}.
 *
 * @param updateId the update the file belongs to
 * @param url the download URL exactly as the catalog gave it (not yet checked)
 * @param fileName the file name
 * @param sha1Base64 the SHA-1 digest, base64 as the catalog gives it; empty when absent
 * @param languages the languages field ("all", "en-us", or empty)
 * @param architectures the architectures field (often empty)
 */
public record CatalogDownloadFile(
    UUID updateId,
    String url,
    String fileName,
    String sha1Base64,
    String languages,
    String architectures) {

  /** The SHA-1 digest in lower-case hex (what file tools print), or empty when absent/malformed. */
  public String sha1Hex() {
    try {
      return sha1Base64.isEmpty()
          ? ""
          : HexFormat.of().formatHex(Base64.getDecoder().decode(sha1Base64));
    } catch (IllegalArgumentException e) {
      return "";
    }
  }
}
