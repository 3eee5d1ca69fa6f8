package io.jenkins.plugins.wsus.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Core is the engine every front end shares: no Jenkins type may appear in it. */
class CoreIsJenkinsFreeTest {
  private final JavaClasses core = new ClassFileImporter().importPath(Path.of("target", "classes"));

  @Test
  void coreDependsOnNoJenkinsClass() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "hudson..", "jenkins..", "org.kohsuke..", "org.jenkinsci..", "com.cloudbees..")
        .allowEmptyShould(true)
        .because("the CLI and the tests run core without Jenkins")
        .check(core);
  }
}
