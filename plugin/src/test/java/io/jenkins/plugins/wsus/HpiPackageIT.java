package io.jenkins.plugins.wsus;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.Extension;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import net.java.sezpoz.impl.SerAnnotatedElement;
import org.jenkinsci.Symbol;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Opens the built {@code target/wsus-orchestrator.hpi} and checks it is laid out and described
 * exactly as Jenkins expects (see docs/architecture.md, "Why no plugin parent POM").
 */
class HpiPackageIT {
  private static final Path HPI = Path.of("target", "wsus-orchestrator.hpi");
  private static final String INNER_JAR = "WEB-INF/lib/wsus-orchestrator.jar";

  /** The libraries the plugin bundles: those with no library plugin among its dependencies. */
  private static final List<String> BUNDLED =
      List.of(
          "httpclient5",
          "httpcore5",
          "httpcore5-h2",
          "jsoup",
          "resilience4j-bulkhead",
          "resilience4j-circuitbreaker",
          "resilience4j-core",
          "resilience4j-retry",
          "resilience4j-timelimiter",
          "wsus-orchestrator",
          "wsus-orchestrator-core");

  private static Map<String, byte[]> entries;
  private static Map<String, byte[]> innerEntries;

  @BeforeAll
  static void readPackage() throws IOException {
    assertThat(HPI).as("run `mvn package` first").isRegularFile();
    entries = readZip(Files.readAllBytes(HPI));
    assertThat(entries).containsKey(INNER_JAR);
    innerEntries = readZip(entries.get(INNER_JAR));
  }

  @Test
  void manifestDescribesThePlugin() throws IOException {
    Attributes main = manifest(entries.get("META-INF/MANIFEST.MF")).getMainAttributes();
    Map<String, String> actual = new LinkedHashMap<>();
    main.forEach((k, v) -> actual.put(k.toString(), v.toString()));
    assertThat(actual)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "Manifest-Version", "1.0",
                "Short-Name", "wsus-orchestrator",
                "Long-Name", "WSUS Orchestrator",
                "Group-Id", "io.jenkins.plugins",
                "Artifact-Id", "wsus-orchestrator",
                "Plugin-Version", System.getProperty("project.version", "0.1.0-SNAPSHOT"),
                "Jenkins-Version", "2.516.3",
                "Hudson-Version", "2.516.3",
                "Url", "https://github.com/jenkinsci/wsus-orchestrator-plugin",
                "Plugin-Dependencies",
                    "workflow-step-api:710.v3e456cc85233,credentials:1453.v9b_a_29777a_b_fd,"
                        + "plain-credentials:199.v9f8e1f741799,structs:362.va_b_695ef4fdf9,"
                        + "jackson2-api:2.20.1-423.v13951f6b_6532"));
  }

  @Test
  void innerJarCarriesTheSamePluginManifest() throws IOException {
    // With a plain jar manifest Jenkins' class filter rejects the plugin's classes.
    assertThat(manifest(innerEntries.get("META-INF/MANIFEST.MF")).getMainAttributes())
        .isEqualTo(manifest(entries.get("META-INF/MANIFEST.MF")).getMainAttributes());
  }

  @Test
  void layoutIsThatOfAPlugin() {
    assertThat(entries.keySet()).noneMatch(name -> name.startsWith("WEB-INF/classes"));
    assertThat(innerEntries).containsKey("index.jelly");
    assertThat(new String(innerEntries.get("index.jelly"), StandardCharsets.UTF_8))
        .startsWith("<?jelly escape-by-default='true'?>");
  }

  @Test
  void bundlesExactlyTheLibrariesJenkinsDoesNotProvide() {
    Pattern jar = Pattern.compile("WEB-INF/lib/(.+?)(-\\d[^/]*)?\\.jar");
    List<String> bundled = new ArrayList<>();
    for (String name : entries.keySet()) {
      Matcher m = jar.matcher(name);
      if (m.matches()) {
        bundled.add(m.group(1));
      }
    }
    assertThat(bundled).containsExactlyInAnyOrderElementsOf(BUNDLED);
  }

  @Test
  void noJarCarriesJenkinsDeclarationsSlf4jOrJackson() throws IOException {
    List<String> forbidden =
        List.of(
            "hudson/",
            "jenkins/",
            "org/kohsuke/",
            "org/jenkinsci/",
            "com/cloudbees/",
            "net/sf/json/",
            "org/slf4j/",
            "com/fasterxml/jackson/");
    for (Map.Entry<String, byte[]> lib : libraries().entrySet()) {
      for (String entry : readZip(lib.getValue()).keySet()) {
        assertThat(forbidden)
            .as("%s in %s", entry, lib.getKey())
            .noneMatch(prefix -> entry.startsWith(prefix) && entry.endsWith(".class"));
      }
    }
  }

  @Test
  void everyClassInEveryJarIsJava17Bytecode() throws IOException {
    List<String> tooNew = new ArrayList<>();
    for (Map.Entry<String, byte[]> lib : libraries().entrySet()) {
      for (Map.Entry<String, byte[]> entry : readZip(lib.getValue()).entrySet()) {
        if (entry.getKey().endsWith(".class")) {
          byte[] b = entry.getValue();
          int major = ((b[6] & 0xff) << 8) | (b[7] & 0xff);
          if (major > 61) {
            tooNew.add(lib.getKey() + "!" + entry.getKey() + " (major " + major + ")");
          }
        }
      }
    }
    assertThat(tooNew).as("Jenkins 2.516.3 runs on Java 17").isEmpty();
  }

  @Test
  void extensionIndexListsEveryExtension() throws Exception {
    TreeSet<String> indexed = new TreeSet<>();
    byte[] index = innerEntries.get("META-INF/annotations/hudson.Extension");
    assertThat(index).as("SezPoz index").isNotNull();
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(index))) {
      in.setObjectInputFilter(
          ObjectInputFilter.Config.createFilter(
              "net.java.sezpoz.impl.*;java.util.*;java.lang.*;!*"));
      for (Object o = in.readObject(); o != null; o = in.readObject()) {
        indexed.add(((SerAnnotatedElement) o).className);
      }
    }
    assertThat(indexed).isEqualTo(annotatedClasses(Extension.class));
    assertThat(innerEntries).containsKey("META-INF/annotations/hudson.Extension.txt");
  }

  @Test
  void symbolIndexListsEverySymbolSortedOnePerLine() throws Exception {
    byte[] index = innerEntries.get("META-INF/services/annotations/org.jenkinsci.Symbol");
    assertThat(index).as("Symbol index").isNotNull();
    String text = new String(index, StandardCharsets.UTF_8);
    assertThat(text).endsWith("\n").doesNotContain("\r");
    List<String> lines = List.of(text.split("\n"));
    assertThat(lines).isSorted().doesNotHaveDuplicates();
    assertThat(new TreeSet<>(lines)).isEqualTo(annotatedClasses(Symbol.class));
  }

  @Test
  void everyJellyViewEscapesByDefault() {
    List<String> views =
        innerEntries.keySet().stream().filter(name -> name.endsWith(".jelly")).toList();
    assertThat(views).isNotEmpty();
    for (String view : views) {
      assertThat(new String(innerEntries.get(view), StandardCharsets.UTF_8))
          .as(view)
          .startsWith("<?jelly escape-by-default='true'?>");
    }
  }

  @Test
  void everyFormFieldHasAHelpFile() {
    Pattern field = Pattern.compile("field=\"([A-Za-z0-9_]+)\"");
    List<String> missing = new ArrayList<>();
    for (String view : innerEntries.keySet()) {
      if (view.endsWith("/config.jelly") || view.endsWith("/global.jelly")) {
        String folder = view.substring(0, view.lastIndexOf('/') + 1);
        Matcher m = field.matcher(new String(innerEntries.get(view), StandardCharsets.UTF_8));
        while (m.find()) {
          if (!innerEntries.containsKey(folder + "help-" + m.group(1) + ".html")) {
            missing.add(folder + "help-" + m.group(1) + ".html");
          }
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void everyStepAndBuilderHasAFormAndHelp() throws ClassNotFoundException {
    List<String> missing = new ArrayList<>();
    int found = 0;
    for (String descriptor : annotatedClasses(Extension.class)) {
      int dollar = descriptor.indexOf('$');
      if (dollar < 0) {
        continue;
      }
      Class<?> outer =
          Class.forName(
              descriptor.substring(0, dollar), false, HpiPackageIT.class.getClassLoader());
      if (org.jenkinsci.plugins.workflow.steps.Step.class.isAssignableFrom(outer)
          || hudson.tasks.Builder.class.isAssignableFrom(outer)) {
        found++;
        String folder = outer.getName().replace('.', '/') + "/";
        for (String view : List.of("config.jelly", "help.html")) {
          if (!innerEntries.containsKey(folder + view)) {
            missing.add(folder + view);
          }
        }
      }
    }
    assertThat(found).as("six steps and four builders").isEqualTo(10);
    assertThat(missing).isEmpty();
  }

  @Test
  void everyPipelineStepIsInTheSymbolIndex() throws Exception {
    String text =
        new String(
            innerEntries.get("META-INF/services/annotations/org.jenkinsci.Symbol"),
            StandardCharsets.UTF_8);
    for (String step :
        List.of(
            "WsusSyncStep",
            "WsusHealthStep",
            "WsusGateStep",
            "WsusCatalogImportStep",
            "WsusApproveStep")) {
      assertThat(text).contains("io.jenkins.plugins.wsus.steps." + step + "$DescriptorImpl\n");
    }
    assertThat(text).contains("io.jenkins.plugins.wsus.WsusOrchestratorConfiguration\n");
  }

  @Test
  void thePatchWindowTriggerAndStepAreIndexedWithFormsAndHelp() throws Exception {
    String symbols =
        new String(
            innerEntries.get("META-INF/services/annotations/org.jenkinsci.Symbol"),
            StandardCharsets.UTF_8);
    String trigger = "io.jenkins.plugins.wsus.window.PatchWindowTrigger";
    String step = "io.jenkins.plugins.wsus.window.PatchWindowStep";
    assertThat(symbols).contains(trigger + "$DescriptorImpl\n", step + "$DescriptorImpl\n");
    assertThat(annotatedClasses(Extension.class))
        .contains(trigger + "$DescriptorImpl", step + "$DescriptorImpl");
    String triggerViews = trigger.replace('.', '/') + "/";
    String stepViews = step.replace('.', '/') + "/";
    assertThat(innerEntries)
        .containsKeys(
            triggerViews + "config.jelly",
            triggerViews + "help.html",
            triggerViews + "help-window.html",
            triggerViews + "help-ring.html",
            triggerViews + "help-catchUp.html",
            stepViews + "config.jelly",
            stepViews + "help.html",
            stepViews + "help-spec.html",
            stepViews + "help-ring.html",
            stepViews + "help-whenClosed.html",
            "io/jenkins/plugins/wsus/window/PatchWindowAction/summary.jelly");
  }

  /** Classes in the plugin's own jar that carry {@code annotation} (nested classes included). */
  private static TreeSet<String> annotatedClasses(
      Class<? extends java.lang.annotation.Annotation> annotation) throws ClassNotFoundException {
    TreeSet<String> result = new TreeSet<>();
    for (String entry : innerEntries.keySet()) {
      if (entry.endsWith(".class")) {
        String name = entry.substring(0, entry.length() - 6).replace('/', '.');
        Class<?> type = Class.forName(name, false, HpiPackageIT.class.getClassLoader());
        if (type.isAnnotationPresent(annotation)) {
          result.add(name);
        }
      }
    }
    return result;
  }

  private static Map<String, byte[]> libraries() {
    Map<String, byte[]> libs = new LinkedHashMap<>();
    entries.forEach(
        (name, bytes) -> {
          if (name.startsWith("WEB-INF/lib/") && name.endsWith(".jar")) {
            libs.put(name, bytes);
          }
        });
    return libs;
  }

  private static Manifest manifest(byte[] bytes) throws IOException {
    assertThat(bytes).as("META-INF/MANIFEST.MF").isNotNull();
    return new Manifest(new ByteArrayInputStream(bytes));
  }

  private static Map<String, byte[]> readZip(byte[] zip) throws IOException {
    Map<String, byte[]> result = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (!e.isDirectory()) {
          result.put(e.getName(), in.readAllBytes());
        }
      }
    }
    return result;
  }
}
