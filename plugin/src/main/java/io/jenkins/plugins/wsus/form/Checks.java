package io.jenkins.plugins.wsus.form;

import hudson.util.FormValidation;

/** Turns a {@link Check} into Jenkins' {@link FormValidation}: the only Jenkins-facing part. */
public final class Checks {
  private Checks() {}

  public static FormValidation toForm(Check check) {
    return switch (check.level()) {
      case ERROR -> FormValidation.error(check.message());
      case WARNING -> FormValidation.warning(check.message());
      case OK ->
          check.message().isEmpty() ? FormValidation.ok() : FormValidation.ok(check.message());
    };
  }
}
