package com.cloudbees.plugins.credentials.domains;

import java.io.Serializable;

/** Declaration of the credentials plugin's {@code DomainRequirement}. */
public class DomainRequirement implements Serializable {
  public DomainRequirement() {}
}
