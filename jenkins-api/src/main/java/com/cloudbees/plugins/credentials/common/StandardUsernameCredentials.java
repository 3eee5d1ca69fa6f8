package com.cloudbees.plugins.credentials.common;

/**
 * Opaque shell of the credentials plugin's {@code StandardUsernameCredentials} (a supertype of
 * {@code StandardUsernamePasswordCredentials}; in the plugin it extends {@code
 * StandardCredentials}).
 */
public interface StandardUsernameCredentials extends StandardCredentials {}
