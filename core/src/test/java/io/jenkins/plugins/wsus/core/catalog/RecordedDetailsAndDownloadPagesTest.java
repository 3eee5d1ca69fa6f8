package io.jenkins.plugins.wsus.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * {@link DetailsPageParser} and {@link DownloadDialogParser} on the recorded pages. Expected values
 * were read from the HTML.
 */
class RecordedDetailsAndDownloadPagesTest {
  private static final String DETAILS = "08-details-2023-1b0b70c0-KB5025305.html";
  private static final String DIALOG = "03-downloaddialog-2019-601956e3-KB4011677-41files.html";

  @Test
  void detailsOfKb5025305() {
    CatalogUpdateDetails d =
        new DetailsPageParser().parse(CatalogSamples.bytes(DETAILS), CatalogSamples.url(DETAILS));

    assertThat(d.updateId()).isEqualTo(UUID.fromString("1b0b70c0-191e-42f6-8808-c1b50deacb3b"));
    assertThat(d.title())
        .isEqualTo(
            "2023-04 Cumulative Update Preview for Windows 11 Version 22H2 for x64-based Systems (KB5025305)");
    assertThat(d.lastModified()).contains(LocalDate.of(2023, 4, 25));
    assertThat(d.kbs()).containsExactly("5025305");
    assertThat(d.msrcNumber()).isEmpty();
    assertThat(d.msrcSeverity()).isEmpty();
    assertThat(d.classification()).isEqualTo("Updates");
    assertThat(d.products()).containsExactly("Windows 11");
    assertThat(d.architectures()).isEmpty();
    assertThat(d.languages()).hasSize(36).startsWith("Arabic", "Bulgarian").endsWith("all");
    assertThat(d.languages())
        .contains("Portuguese (Brazil)", "Serbian (Latin)", "Chinese (Traditional)");
    assertThat(d.rebootBehavior()).isEqualTo("Can request restart");
    assertThat(d.supersededBy())
        .containsExactly(
            UUID.fromString("03423c5a-458d-4cbe-b67e-d47bec7f3fb6"),
            UUID.fromString("10b0cdce-d084-452d-b6a3-318a3ade0a6e"),
            UUID.fromString("1a1ab822-a9e3-4a00-abd5-a4fafbf02982"),
            UUID.fromString("1f6417e4-a329-42c4-95e0-fa7d09bb6f90"),
            UUID.fromString("3cf3be77-f086-449f-8ba5-033f605c688a"),
            UUID.fromString("dbf7dc02-70ef-4476-b228-00a130a39ccd"),
            UUID.fromString("e0c1bca2-82c9-4eca-b0b2-5c5a507a683a"),
            UUID.fromString("eac58b58-fb7d-4cd4-a78a-a39f87e0f232"),
            UUID.fromString("ec3769c8-2cd5-4e89-a0a3-6e7830c38f6f"));
    assertThat(d.isSuperseded()).isTrue();
    assertThat(d.supersedes()).hasSize(17);
    assertThat(d.supersedes().get(0))
        .isEqualTo(
            "2023-04 Cumulative Update for Windows 11 Version 22H2 for x64-based Systems (KB5025239)");
    assertThat(d.supersedes().get(1))
        .isEqualTo(
            "2023-02 Cumulative Update Preview for Windows 11 Version 22H2 for x64-based Systems (KB5022913) UUP");
    assertThat(d.supersedes().get(16))
        .isEqualTo(
            "2023-03 Cumulative Update for Windows 11 Version 22H2 for x64-based Systems (KB5023706)");
  }

  @Test
  void downloadDialogWith41Files() {
    List<CatalogDownloadUpdate> updates =
        new DownloadDialogParser().parse(CatalogSamples.bytes(DIALOG), CatalogSamples.url(DIALOG));

    assertThat(updates).hasSize(1);
    CatalogDownloadUpdate u = updates.get(0);
    UUID id = UUID.fromString("601956e3-f2f0-469a-a7fe-cad6c0b4f665");
    assertThat(u.updateId()).isEqualTo(id);
    assertThat(u.title()).isEqualTo("Update for Microsoft Office 2013 (KB4011677) 32-Bit Edition");
    assertThat(u.files()).hasSize(41);
    assertThat(u.files().get(0))
        .isEqualTo(
            new CatalogDownloadFile(
                id,
                "http://download.windowsupdate.com/d/msdownload/update/software/crup/2019/04/proof-ar-sa_d140d14d65cf35bf269443bedf33a91ce25ced17.cab",
                "proof-ar-sa_d140d14d65cf35bf269443bedf33a91ce25ced17.cab",
                "0UDRTWXPNb8mlEO+3zOpHOJc7Rc=",
                "all",
                ""));
    // The catalog names these files after their SHA-1, so the digest can be checked against it.
    assertThat(u.files().get(0).sha1Hex()).isEqualTo("d140d14d65cf35bf269443bedf33a91ce25ced17");
    CatalogDownloadFile last = u.files().get(40);
    assertThat(last.fileName())
        .isEqualTo("proof-fi-fi_100b6b21d102186192a860630007c06026106b0e.cab");
    assertThat(last.sha1Base64()).isEqualTo("EAtrIdECGGGSqGBjAAfAYCYQaw4=");
    assertThat(last.sha1Hex()).isEqualTo("100b6b21d102186192a860630007c06026106b0e");
    assertThat(u.files())
        .allSatisfy(
            f -> {
              assertThat(f.url())
                  .startsWith(
                      "http://download.windowsupdate.com/d/msdownload/update/software/crup/2019/04/");
              assertThat(f.url()).endsWith("/" + f.fileName());
              assertThat(f.fileName()).contains("_" + f.sha1Hex() + ".");
            });
  }

  @Test
  void errorPageThroughEveryParser() {
    String file = "07-error-2023-8DDD0010.html";
    byte[] page = CatalogSamples.bytes(file);
    assertThatThrownBy(() -> new DetailsPageParser().parse(page, CatalogSamples.url(file)))
        .isInstanceOf(CatalogUnavailableException.class)
        .hasMessageContaining("8DDD0010");
    assertThatThrownBy(() -> new DownloadDialogParser().parse(page, CatalogSamples.url(file)))
        .isInstanceOf(CatalogUnavailableException.class)
        .hasMessageContaining("8DDD0010");
  }

  @Test
  void recordedDetailsPageOptionalValuesAreEmptyNotNa() {
    CatalogUpdateDetails d =
        new DetailsPageParser().parse(CatalogSamples.text(DETAILS), CatalogSamples.url(DETAILS));
    assertThat(d.msrcSeverity()).isEqualTo(Optional.empty());
  }
}
