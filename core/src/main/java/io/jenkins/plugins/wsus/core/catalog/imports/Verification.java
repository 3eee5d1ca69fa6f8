package io.jenkins.plugins.wsus.core.catalog.imports;

/**
 * Whether the server showed the update after the import (ExecuteSPGetUpdateById, latest revision).
 *
 * @param verified whether it did
 * @param lookups how many lookups it took (or were made before giving up)
 * @param detail what the server said, in words
 */
public record Verification(boolean verified, int lookups, String detail) {}
