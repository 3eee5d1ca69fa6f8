package io.jenkins.plugins.wsus.core.journal;

import java.time.Instant;

/**
 * One step in an entry's history.
 *
 * @param state the state entered
 * @param at when
 * @param note what happened, in words
 */
public record JournalStep(EntryState state, Instant at, String note) {}
