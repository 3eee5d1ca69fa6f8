package io.jenkins.plugins.wsus.core.journal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One journaled change: what the server had, what the engine intended, why, and every step since.
 *
 * @param id unique, sortable by creation time
 * @param request the change
 * @param createdAt when the entry was first written (before the change)
 * @param state the current state
 * @param steps the history, oldest first
 */
public record JournalEntry(
    String id,
    ChangeRequest request,
    Instant createdAt,
    EntryState state,
    List<JournalStep> steps) {
  public JournalEntry {
    steps = List.copyOf(steps);
  }

  /** This entry moved to {@code next}. */
  JournalEntry advance(EntryState next, Instant at, String note) {
    if (state.isFinal()) {
      throw new IllegalStateException(
          "journal entry " + id + " is already " + state + "; it cannot become " + next);
    }
    if (next == EntryState.PENDING || (state == EntryState.APPLIED && next == EntryState.APPLIED)) {
      throw new IllegalStateException(
          "journal entry " + id + " cannot go from " + state + " to " + next);
    }
    List<JournalStep> more = new ArrayList<>(steps);
    more.add(new JournalStep(next, at, note));
    return new JournalEntry(id, request, createdAt, next, more);
  }

  /** When the entry last changed. */
  public Instant lastChangedAt() {
    return steps.isEmpty() ? createdAt : steps.get(steps.size() - 1).at();
  }

  /** Facts for evidence: server, kind, state, change and reason. */
  public Map<String, String> describe() {
    Map<String, String> fields = new TreeMap<>();
    fields.put("journalEntry", id);
    fields.put("server", request.server());
    fields.put("kind", request.kind().name());
    fields.put("state", state.name());
    fields.put("change", request.change());
    fields.put("reason", request.reason());
    return fields;
  }
}
