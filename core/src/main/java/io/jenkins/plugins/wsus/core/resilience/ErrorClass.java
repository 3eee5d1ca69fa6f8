package io.jenkins.plugins.wsus.core.resilience;

/**
 * What kind of failure happened, in the terms the engine decides on (retry, breaker, fallback). The
 * decision for each class lives in {@link ErrorClassTable}; the mapping from client errors and WSUS
 * sync errors lives in {@link ErrorClassifier}.
 */
public enum ErrorClass {
  /** Connection refused/reset, timeouts, DNS hiccups: likely to pass on a later attempt. */
  TRANSIENT_NETWORK,
  /** The upstream (Microsoft Update or an upstream WSUS) or the WSUS service answers "not now". */
  UPSTREAM_UNAVAILABLE,
  /** A bad update revision upstream (ImportUpdateError, MetadataInvalid, GetUpdateData failing). */
  UPSTREAM_METADATA,
  /** The WSUS server's own database (SUSDB) failed or was too busy. */
  LOCAL_DATABASE,
  /** Wrong credentials or missing permission (not a WSUS Administrator, 401/403). */
  AUTHENTICATION,
  /** TLS, proxy or endpoint configuration: needs an administrator, not a retry. */
  CONFIGURATION,
  /** Someone canceled the sync or the call. */
  CANCELED,
  /** Anything not recognised; treated cautiously. */
  UNKNOWN
}
