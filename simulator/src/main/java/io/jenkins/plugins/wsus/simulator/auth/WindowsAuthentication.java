package io.jenkins.plugins.wsus.simulator.auth;

import io.jenkins.plugins.wsus.simulator.SimAccount;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * IIS Windows authentication with the NTLM provider: a three-leg handshake on one keep-alive
 * connection, after which the connection stays authenticated (IIS authPersistNonNTLM semantics).
 * State is kept per TCP connection, keyed weakly by the connection object.
 */
public final class WindowsAuthentication {

  private static final Logger LOG = LoggerFactory.getLogger(WindowsAuthentication.class);

  /** Seconds between 1601-01-01 and 1970-01-01, for FILETIME. */
  private static final long FILETIME_EPOCH_OFFSET_SECONDS = 11_644_473_600L;

  /** What to do with a request. */
  public sealed interface Outcome {}

  /** The connection is authenticated as {@code account}. */
  public record Authenticated(SimAccount account) implements Outcome {}

  /** Answer 401 with this single {@code WWW-Authenticate} value (the type 2 message). */
  public record Challenge(String wwwAuthenticate) implements Outcome {}

  /** Answer 401 offering {@code Negotiate} and {@code NTLM}; {@code reason} is for the log. */
  public record Denied(String reason) implements Outcome {}

  private static final class ConnectionState {
    byte[] pendingChallenge;
    SimAccount account;
  }

  private final NtlmV2Verifier verifier;
  private final String domain;
  private final String computer;
  private final SecureRandom random = new SecureRandom();
  private final Map<Object, ConnectionState> connections =
      Collections.synchronizedMap(new WeakHashMap<>());

  public WindowsAuthentication(List<SimAccount> accounts, String computerName) {
    this.verifier = new NtlmV2Verifier(accounts);
    this.domain = accounts.isEmpty() ? "CORP" : accounts.get(0).domain().toUpperCase(Locale.ROOT);
    this.computer = computerName;
  }

  /**
   * Decides on a request arriving on {@code connection} with the given {@code Authorization} header
   * (null when absent).
   */
  public Outcome authenticate(Object connection, String authorization) {
    ConnectionState state;
    synchronized (connections) {
      state = connections.computeIfAbsent(connection, c -> new ConnectionState());
    }
    synchronized (state) {
      if (authorization == null || authorization.isBlank()) {
        return state.account != null
            ? new Authenticated(state.account)
            : new Denied("no Authorization header");
      }
      String[] parts = authorization.trim().split("\\s+", 2);
      String scheme = parts[0];
      if (!scheme.equalsIgnoreCase("NTLM") && !scheme.equalsIgnoreCase("Negotiate")) {
        return deny(state, "unsupported scheme " + scheme);
      }
      if (parts.length < 2) {
        return deny(state, "no token");
      }
      byte[] token;
      try {
        token = Base64.getDecoder().decode(parts[1].trim());
      } catch (IllegalArgumentException e) {
        return deny(state, "token is not base64");
      }
      try {
        int type = NtlmMessages.typeOf(token);
        if (type == 1) {
          NtlmMessages.Negotiate negotiate = NtlmMessages.parseNegotiate(token);
          byte[] challenge = new byte[8];
          random.nextBytes(challenge);
          state.pendingChallenge = challenge;
          state.account = null;
          byte[] type2 =
              NtlmMessages.challenge(negotiate.flags(), challenge, domain, computer, fileTimeNow());
          return new Challenge(scheme + " " + Base64.getEncoder().encodeToString(type2));
        }
        if (type == 3) {
          byte[] challenge = state.pendingChallenge;
          state.pendingChallenge = null;
          if (challenge == null) {
            return deny(state, "AUTHENTICATE without a challenge on this connection");
          }
          NtlmMessages.Authenticate auth = NtlmMessages.parseAuthenticate(token);
          Optional<SimAccount> account = verifier.verify(auth, challenge);
          if (account.isEmpty()) {
            return deny(state, "logon failure for " + auth.domain() + "\\" + auth.user());
          }
          state.account = account.get();
          return new Authenticated(account.get());
        }
        return deny(state, "unexpected NTLM message type " + type);
      } catch (NtlmException e) {
        return deny(state, e.getMessage());
      }
    }
  }

  private static Denied deny(ConnectionState state, String reason) {
    state.pendingChallenge = null;
    state.account = null;
    LOG.debug("Windows authentication denied: {}", reason);
    return new Denied(reason);
  }

  private static long fileTimeNow() {
    Instant now = Instant.now();
    return (now.getEpochSecond() + FILETIME_EPOCH_OFFSET_SECONDS) * 10_000_000L
        + now.getNano() / 100;
  }
}
