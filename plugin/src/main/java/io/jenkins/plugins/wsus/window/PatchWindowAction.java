package io.jenkins.plugins.wsus.window;

import hudson.model.Action;
import io.jenkins.plugins.wsus.core.calendar.PatchWindow;

/**
 * Names the patch window that started a build; shown on the build page ("Started for patch window
 * ..."). Passed with the queue item, so Jenkins adds it to the build. Plain strings only: it is
 * saved in build.xml.
 */
public final class PatchWindowAction implements Action {
  private final String release;
  private final String ring;
  private final String group;
  private final String start;
  private final String end;
  private final String description;

  public PatchWindowAction(PatchWindow window) {
    this.release = window.release().toString();
    this.ring = window.ring();
    this.group = window.targetGroup();
    this.start = window.start().toString();
    this.end = window.end().toString();
    this.description = WindowPlans.describe(window);
  }

  public String getRelease() {
    return release;
  }

  public String getRing() {
    return ring;
  }

  public String getGroup() {
    return group;
  }

  /** ISO-8601 instant the window opens. */
  public String getStart() {
    return start;
  }

  /** ISO-8601 instant the window closes. */
  public String getEnd() {
    return end;
  }

  /** {@code Started for patch window ring 'pilot' (group ...), release ...: ... to ...}. */
  public String getShortDescription() {
    return "Started for patch window " + description;
  }

  @Override
  public String getIconFileName() {
    return null; // no side-panel link; summary.jelly shows it on the build page
  }

  @Override
  public String getDisplayName() {
    return "Patch window";
  }

  @Override
  public String getUrlName() {
    return null;
  }
}
