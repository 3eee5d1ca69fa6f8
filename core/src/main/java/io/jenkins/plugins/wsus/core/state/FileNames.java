package io.jenkins.plugins.wsus.core.state;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Turns free text (server names, breaker names, run ids) into safe, unique file names. */
public final class FileNames {
  private FileNames() {}

  /**
   * A readable, portable file name stem: unsafe characters become '_' and a short hash of the
   * original keeps two names that sanitize alike ("a:b" and "a/b") apart.
   */
  public static String safeStem(String name) {
    String readable = name.replaceAll("[^A-Za-z0-9._-]", "_");
    if (readable.length() > 80) {
      readable = readable.substring(0, 80);
    }
    return readable + "-" + shortHash(name);
  }

  private static String shortHash(String name) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JDK", e);
    }
  }
}
