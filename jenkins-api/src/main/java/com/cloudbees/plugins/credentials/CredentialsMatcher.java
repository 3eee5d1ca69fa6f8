package com.cloudbees.plugins.credentials;

import java.io.Serializable;

/** Declaration of the credentials plugin's {@code CredentialsMatcher}. */
public interface CredentialsMatcher extends Serializable {
  boolean matches(Credentials item);
}
