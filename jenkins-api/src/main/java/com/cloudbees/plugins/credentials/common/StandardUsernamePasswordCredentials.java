package com.cloudbees.plugins.credentials.common;

/** Declaration of the credentials plugin's {@code StandardUsernamePasswordCredentials}. */
public interface StandardUsernamePasswordCredentials extends StandardUsernameCredentials {}
