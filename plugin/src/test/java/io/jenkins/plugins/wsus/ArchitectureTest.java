package io.jenkins.plugins.wsus;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The plugin is a thin front end: it reaches WSUS and the catalog only through core. */
class ArchitectureTest {
  private final JavaClasses plugin =
      new ClassFileImporter().importPath(Path.of("target", "classes"));

  @Test
  void pluginReachesTheNetworkOnlyThroughCore() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.apache.hc..",
            "java.net.http..",
            "javax.net..",
            "org.jsoup..",
            "io.github.resilience4j..")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.net.Socket")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.net.URLConnection")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.net.HttpURLConnection")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.nio.channels.SocketChannel")
        .because("HTTP, retries and parsing belong to core (see docs/architecture.md)")
        .check(plugin);
  }
}
