package io.jenkins.plugins.wsus.simulator.soap;

import java.nio.charset.StandardCharsets;

/**
 * An answer ready to send.
 *
 * @param status HTTP status
 * @param contentType Content-Type header
 * @param body the body
 * @param operation the operation it answers (null when none was recognised)
 */
public record SoapResponse(int status, String contentType, byte[] body, String operation) {

  static SoapResponse of(int status, String contentType, String body, String operation) {
    return new SoapResponse(status, contentType, body.getBytes(StandardCharsets.UTF_8), operation);
  }
}
