package io.jenkins.plugins.wsus.window;

/** Windows the tests share, with their instants worked out by hand. */
final class Plans {
  /**
   * July 2025: Patch Tuesday is the 8th. Pilot: Wed 9 July 22:00 CEST (20:00Z) to 04:00 (02:00Z);
   * broad: Sat 12 July 20:00Z to Sun 13 July 02:00Z. August: Patch Tuesday the 12th; pilot 13 Aug
   * 20:00Z, broad 16 Aug 20:00Z.
   */
  static final String RINGS =
      String.join(
          "\n",
          "# two rings",
          "window PT+1d 22:00-04:00 Europe/Berlin",
          "ring pilot +0d soak 2d group Ring 1 - Pilot",
          "ring broad prev+3d soak 0 group Ring 2 - Broad");

  /** July 2025: Tue 15 July 22:00 CEST (20:00Z) to Wed 16 July 04:00 CEST (02:00Z). */
  static final String ONE = "PT+7d 22:00-04:00 Europe/Berlin";

  private Plans() {}
}
