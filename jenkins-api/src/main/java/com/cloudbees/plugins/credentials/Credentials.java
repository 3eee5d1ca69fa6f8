package com.cloudbees.plugins.credentials;

/** Opaque shell of the credentials plugin's {@code Credentials}. */
public interface Credentials {}
