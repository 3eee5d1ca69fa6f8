package io.jenkins.plugins.wsus.simulator.model;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The categories the simulated server knows. Classification ids are the real Microsoft Update ids
 * (as WSUS lists them); product ids are the real ones to the best of public knowledge.
 */
public final class KnownCategories {

  private KnownCategories() {}

  public static final UUID CRITICAL_UPDATES = id("e6cf1350-c01b-414d-a61f-263d14d133b4");
  public static final UUID SECURITY_UPDATES = id("0fa1201d-4330-4fa8-8ae9-b877473b6441");
  public static final UUID UPDATES = id("cd5ffd1e-e932-4e3a-bf74-18bf0b1bbd83");
  public static final UUID UPDATE_ROLLUPS = id("28bc880e-0592-4cbf-8f95-c79b17911d5f");
  public static final UUID DEFINITION_UPDATES = id("e0789628-ce08-4437-be74-2495b842f43b");
  public static final UUID FEATURE_PACKS = id("b54e7d24-7add-428f-8b75-90a396fa584f");
  public static final UUID SERVICE_PACKS = id("68c5b0a3-d1a6-4553-ae49-01d3a7827828");
  public static final UUID TOOLS = id("b4832bd8-e735-4761-8daf-37f882276dab");
  public static final UUID DRIVERS = id("ebfc1fc5-71a4-4f7b-9aca-3b9a503104a0");
  public static final UUID UPGRADES = id("3689bdc8-b205-4af4-8d4a-a63924c5e9d5");
  public static final UUID APPLICATIONS = id("5c9376ab-8ce6-464a-b136-22113dd69801");
  public static final UUID DRIVER_SETS = id("77835c8d-62a7-41f5-82ad-f28d1af1e3b1");

  public static final UUID WINDOWS_SERVER_2016 = id("569e8e8f-c6cd-42c8-92a3-efbb20a0f6f5");
  public static final UUID WINDOWS_SERVER_2019 = id("f702a48c-919b-45d6-9aef-ca4248d50397");
  public static final UUID WINDOWS_SERVER_2022 = id("2c7888b6-f9e9-4ee9-87af-a77705193893");
  public static final UUID WINDOWS_10 = id("a3c2375d-0c8a-42f9-bce0-28333e198407");
  public static final UUID WINDOWS_11 = id("72e7624a-5b00-45d2-b92f-e561c0a6a160");
  public static final UUID MICROSOFT_365_APPS = id("30eb551c-6288-4716-9a78-f300ec36d72b");
  public static final UUID MICROSOFT_DEFENDER_ANTIVIRUS =
      id("8c3fcc84-7410-4a95-8b89-a166a0190486");

  /** The twelve classifications WSUS offers. */
  public static final List<Category> CLASSIFICATIONS =
      List.of(
          classification(CRITICAL_UPDATES, "Critical Updates"),
          classification(SECURITY_UPDATES, "Security Updates"),
          classification(UPDATES, "Updates"),
          classification(UPDATE_ROLLUPS, "Update Rollups"),
          classification(DEFINITION_UPDATES, "Definition Updates"),
          classification(FEATURE_PACKS, "Feature Packs"),
          classification(SERVICE_PACKS, "Service Packs"),
          classification(TOOLS, "Tools"),
          classification(DRIVERS, "Drivers"),
          classification(UPGRADES, "Upgrades"),
          classification(APPLICATIONS, "Applications"),
          classification(DRIVER_SETS, "Driver Sets"));

  /** Products the simulated server offers. */
  public static final List<Category> PRODUCTS =
      List.of(
          product(WINDOWS_SERVER_2016, "Windows Server 2016"),
          product(WINDOWS_SERVER_2019, "Windows Server 2019"),
          product(WINDOWS_SERVER_2022, "Microsoft Server operating system-21H2"),
          product(WINDOWS_10, "Windows 10"),
          product(WINDOWS_11, "Windows 11"),
          product(MICROSOFT_365_APPS, "Office 365 Client"),
          product(MICROSOFT_DEFENDER_ANTIVIRUS, "Microsoft Defender Antivirus"));

  /** A category by id. */
  public static Optional<Category> byId(UUID id) {
    return all().stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /** A classification by title (case-insensitive) or id text. */
  public static Optional<Category> classificationByName(String titleOrId) {
    return CLASSIFICATIONS.stream()
        .filter(
            c ->
                c.title().equalsIgnoreCase(titleOrId.trim())
                    || c.id().toString().equalsIgnoreCase(titleOrId.trim()))
        .findFirst();
  }

  /** Classifications then products. */
  public static List<Category> all() {
    return java.util.stream.Stream.concat(CLASSIFICATIONS.stream(), PRODUCTS.stream()).toList();
  }

  private static Category classification(UUID id, String title) {
    return new Category(id, Category.CLASSIFICATION, title, null);
  }

  private static Category product(UUID id, String title) {
    return new Category(id, Category.PRODUCT, title, null);
  }

  private static UUID id(String s) {
    return UUID.fromString(s);
  }
}
