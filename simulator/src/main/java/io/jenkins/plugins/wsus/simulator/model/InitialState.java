package io.jenkins.plugins.wsus.simulator.model;

import static io.jenkins.plugins.wsus.simulator.model.KnownCategories.*;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What a freshly started simulated server holds: a typical small enterprise WSUS. */
final class InitialState {

  private InitialState() {}

  static List<TargetGroup> targetGroups() {
    return List.of(
        new TargetGroup(TargetGroup.ALL_COMPUTERS, "All Computers", "", null, 0),
        new TargetGroup(
            TargetGroup.UNASSIGNED_COMPUTERS,
            "Unassigned Computers",
            "",
            TargetGroup.ALL_COMPUTERS,
            1),
        new TargetGroup(
            UUID.fromString("3f2a6c1e-7b1d-4c5e-9a0f-1d2e3c4b5a61"),
            "Ring 1 - Pilot",
            "Pilot computers: IT and volunteers",
            TargetGroup.ALL_COMPUTERS,
            2),
        new TargetGroup(
            UUID.fromString("8c4b2e9d-5a3f-4e7b-b1c2-6d7e8f9a0b12"),
            "Ring 2 - Broad",
            "Every other computer",
            TargetGroup.ALL_COMPUTERS,
            3));
  }

  static List<UUID> subscribedClassifications() {
    return List.of(CRITICAL_UPDATES, SECURITY_UPDATES, UPDATES, UPDATE_ROLLUPS, DEFINITION_UPDATES);
  }

  static List<UUID> subscribedProducts() {
    return List.of(WINDOWS_SERVER_2019, WINDOWS_SERVER_2022, WINDOWS_11);
  }

  static List<UpdateInfo> updates(Instant now) {
    Instant june = now.minus(Duration.ofDays(28));
    return List.of(
        update(
            "0b4e1a3c-2f5d-4c6e-8a7b-9c0d1e2f3a41",
            201,
            "2025-06 Cumulative Update for Windows Server 2022 for x64-based Systems (KB5060526)",
            "5060526",
            SECURITY_UPDATES,
            WINDOWS_SERVER_2022,
            june),
        update(
            "1c5f2b4d-3a6e-4d7f-9b8c-0d1e2f3a4b52",
            200,
            "2025-06 Cumulative Update for Windows Server 2019 for x64-based Systems (KB5060531)",
            "5060531",
            SECURITY_UPDATES,
            WINDOWS_SERVER_2019,
            june),
        update(
            "2d6a3c5e-4b7f-4e8a-8c9d-1e2f3a4b5c63",
            202,
            "2025-06 Cumulative Update for Windows 11 Version 24H2 for x64-based Systems (KB5060842)",
            "5060842",
            SECURITY_UPDATES,
            WINDOWS_11,
            june),
        update(
            "3e7b4d6f-5c8a-4f9b-9d0e-2f3a4b5c6d74",
            200,
            "2025-06 Cumulative Update for .NET Framework 3.5, 4.8 and 4.8.1 for Windows Server"
                + " 2022 for x64 (KB5060999)",
            "5060999",
            UPDATES,
            WINDOWS_SERVER_2022,
            june),
        update(
            "4f8c5e7a-6d9b-4a0c-8e1f-3a4b5c6d7e85",
            201,
            "Windows Malicious Software Removal Tool x64 - v5.135 (KB890830)",
            "890830",
            UPDATE_ROLLUPS,
            WINDOWS_SERVER_2019,
            june),
        update(
            "5a9d6f8b-7e0c-4b1d-9f2a-4b5c6d7e8f96",
            200,
            "Security Intelligence Update for Microsoft Defender Antivirus - KB2267602"
                + " (Version 1.431.1)",
            "2267602",
            DEFINITION_UPDATES,
            WINDOWS_11,
            now.minus(Duration.ofHours(22))),
        update(
            "6b0e7a9c-8f1d-4c2e-8a3b-5c6d7e8f9a07",
            200,
            "2025-05 Servicing Stack Update for Windows Server 2019 for x64-based Systems"
                + " (KB5058529)",
            "5058529",
            CRITICAL_UPDATES,
            WINDOWS_SERVER_2019,
            now.minus(Duration.ofDays(56))));
  }

  private static UpdateInfo update(
      String id,
      int revision,
      String title,
      String kb,
      UUID classification,
      UUID product,
      Instant arrival) {
    return new UpdateInfo(
        UUID.fromString(id),
        revision,
        title,
        kb,
        classification,
        List.of(product),
        arrival,
        false,
        UpdateInfo.Origin.SYNC);
  }
}
