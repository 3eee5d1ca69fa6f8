package io.jenkins.plugins.wsus.credentials;

import io.jenkins.plugins.wsus.core.client.Secret;

/**
 * A resolved Windows account. The password is core's masked {@link Secret}, so {@code toString()}
 * never shows it.
 */
public record UsernamePassword(String username, Secret password) {}
