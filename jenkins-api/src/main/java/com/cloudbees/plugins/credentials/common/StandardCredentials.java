package com.cloudbees.plugins.credentials.common;

/** Declaration of the credentials plugin's {@code StandardCredentials}. */
public interface StandardCredentials extends IdCredentials {}
