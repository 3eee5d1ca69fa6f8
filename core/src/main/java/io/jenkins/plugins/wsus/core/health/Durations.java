package io.jenkins.plugins.wsus.core.health;

import java.time.Duration;

/** Durations in words people read at a glance ("2 d 3 h", "45 min"). */
final class Durations {
  private Durations() {}

  static String words(Duration d) {
    if (d == null) {
      return "never";
    }
    long minutes = d.toMinutes();
    if (minutes < 1) {
      return d.toSeconds() + " s";
    }
    if (minutes < 60) {
      return minutes + " min";
    }
    long hours = d.toHours();
    if (hours < 48) {
      long rest = minutes % 60;
      return rest == 0 ? hours + " h" : hours + " h " + rest + " min";
    }
    long h = hours % 24;
    return h == 0 ? d.toDays() + " d" : d.toDays() + " d " + h + " h";
  }
}
