package io.jenkins.plugins.wsus.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every declaration in jenkins-api must match the real Jenkins class as listed by {@code javap
 * -protected} in ../shared/reference/jenkins-api-signatures.txt: same kind, name, type parameters
 * and superclass; only interfaces the real class implements; and only members that exist there with
 * the same static-ness, parameter and return types. A mismatch compiles here and fails with a
 * LinkageError in a real Jenkins, so this test is the only line of defence.
 */
class DeclarationsMatchJenkinsTest {
  private static final String LISTING = "reference/jenkins-api-signatures.txt";

  /**
   * Types the listed signatures mention but the listing does not describe. They may be declared
   * only as empty shells (no members), so that nothing about them can be wrong.
   */
  private static final Set<String> OPAQUE =
      Set.of(
          "com.cloudbees.plugins.credentials.Credentials",
          "com.cloudbees.plugins.credentials.common.StandardUsernameCredentials",
          "hudson.model.AbstractBuild",
          "hudson.model.AbstractItem",
          "hudson.model.Descriptor$FormException",
          "hudson.model.Actionable",
          "hudson.model.ItemGroup",
          "hudson.model.Queue",
          "hudson.model.Queue$Executable",
          "hudson.model.Queue$Item",
          "hudson.model.Queue$Task",
          "jenkins.model.ParameterizedJobMixIn$ParameterizedJob",
          "jakarta.servlet.http.HttpServletRequest",
          "jenkins.model.Jenkins",
          "net.sf.json.JSONObject",
          "org.springframework.security.access.AccessDeniedException",
          "org.springframework.security.core.Authentication");

  private static final Path CLASSES = Path.of("target", "classes");

  @Test
  void everyDeclarationMatchesTheListing() throws IOException {
    Optional<Path> listingFile = SharedReference.find(LISTING);
    assumeTrue(
        listingFile.isPresent(),
        "../shared/" + LISTING + " is absent: skipping the declaration check");
    Map<String, Listed> listing = parseListing(Files.readAllLines(listingFile.get()));

    List<String> problems = new ArrayList<>();
    for (String className : declaredClasses()) {
      Listed actual = parseJavap(className);
      Listed expected = listing.get(className);
      if (expected == null) {
        if (!OPAQUE.contains(className)) {
          problems.add(className + ": not in the listing (declare only listed Jenkins classes)");
        } else if (!actual.members.isEmpty()) {
          problems.add(className + ": opaque type must have no members, has " + actual.members);
        }
        continue;
      }
      compareHeaders(className, expected.header, actual.header, problems);
      for (String member : actual.members) {
        if (!expected.members.contains(member)) {
          problems.add(className + ": member not in Jenkins: " + member);
        }
      }
    }
    assertThat(problems).as("declarations that differ from Jenkins 2.528.2").isEmpty();
  }

  @Test
  void everyDeclaredAnnotationIsRetainedAtRuntime() throws Exception {
    List<String> notRuntime = new ArrayList<>();
    for (String className : declaredClasses()) {
      Class<?> type = Class.forName(className, false, getClass().getClassLoader());
      if (type.isAnnotation()) {
        Retention retention = type.getAnnotation(Retention.class);
        if (retention == null || retention.value() != RetentionPolicy.RUNTIME) {
          notRuntime.add(className);
        }
      }
    }
    assertThat(notRuntime).as("Jenkins reads these annotations reflectively").isEmpty();
  }

  @Test
  void theComparisonCatchesAWrongReturnType() {
    List<String> problems = new ArrayList<>();
    compareHeaders(
        "x.Y",
        "public abstract class x.Y extends x.Base implements x.I, x.J {",
        "public class x.Y extends x.Base implements x.K {",
        problems);
    assertThat(problems).hasSize(2);
    Listed expected = new Listed("", Set.of("  public java.lang.String getName();"));
    assertThat(expected.members.contains("  public java.lang.Object getName();")).isFalse();
  }

  /** Binary names of the Jenkins declarations in this module (the build tooling is excluded). */
  private static List<String> declaredClasses() throws IOException {
    try (Stream<Path> files = Files.walk(CLASSES)) {
      return files
          .filter(p -> p.toString().endsWith(".class"))
          .map(p -> CLASSES.relativize(p).toString())
          .filter(p -> !p.startsWith("io/jenkins/plugins/wsus/build/"))
          .map(p -> p.substring(0, p.length() - ".class".length()).replace('/', '.'))
          .sorted()
          .toList();
    }
  }

  private static Listed parseJavap(String className) {
    ToolProvider javap = ToolProvider.findFirst("javap").orElseThrow();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int rc =
        javap.run(
            new PrintWriter(out),
            new PrintWriter(err),
            "-protected",
            "-cp",
            CLASSES.toString(),
            className);
    assertThat(rc).as("javap " + className + ": " + err).isZero();
    String header = null;
    Set<String> members = new LinkedHashSet<>();
    for (String line : out.toString().split("\n")) {
      if (line.startsWith("Compiled from") || line.equals("}") || line.isBlank()) {
        continue;
      }
      if (header == null) {
        header = line;
      } else {
        members.add(line);
      }
    }
    return new Listed(header, members);
  }

  private static Map<String, Listed> parseListing(List<String> lines) {
    Map<String, Listed> result = new LinkedHashMap<>();
    String current = null;
    String header = null;
    Set<String> members = null;
    for (String line : lines) {
      if (line.startsWith("### ")) {
        if (current != null) {
          result.put(current, new Listed(header, members));
        }
        current = line.substring(4).trim();
        header = null;
        members = new LinkedHashSet<>();
      } else if (current != null && !line.equals("}") && !line.isBlank()) {
        if (header == null) {
          header = line;
        } else {
          members.add(line);
        }
      }
    }
    if (current != null) {
      result.put(current, new Listed(header, members));
    }
    return result;
  }

  /**
   * Kind, name, type parameters and superclass must be identical; the declared interfaces must be a
   * subset of the real ones (the real class may implement interfaces the plugin never needs).
   */
  static void compareHeaders(
      String className, String expected, String actual, List<String> problems) {
    Header e = Header.parse(expected);
    Header a = Header.parse(actual);
    if (!e.declaration.equals(a.declaration)) {
      problems.add(
          className + ": declared as '" + a.declaration + "', Jenkins has '" + e.declaration + "'");
    }
    if (!e.superclass.equals(a.superclass)) {
      problems.add(
          className + ": extends '" + a.superclass + "', Jenkins extends '" + e.superclass + "'");
    }
    for (String iface : a.interfaces) {
      if (!e.interfaces.contains(iface)) {
        problems.add(className + ": implements " + iface + ", which Jenkins does not");
      }
    }
  }

  private record Listed(String header, Set<String> members) {}

  /** A javap class header split into declaration, superclass and interfaces. */
  private record Header(String declaration, String superclass, Set<String> interfaces) {
    static Header parse(String line) {
      String text = line.trim();
      if (text.endsWith("{")) {
        text = text.substring(0, text.length() - 1).trim();
      }
      boolean isInterface = text.matches("^(public |protected )?(abstract )?interface .*");
      String implementsPart = "";
      int impl = topLevelIndexOf(text, " implements ");
      if (impl >= 0) {
        implementsPart = text.substring(impl + " implements ".length());
        text = text.substring(0, impl);
      }
      String extendsPart = "";
      int ext = topLevelIndexOf(text, " extends ");
      if (ext >= 0) {
        extendsPart = text.substring(ext + " extends ".length());
        text = text.substring(0, ext);
      }
      Set<String> interfaces = new LinkedHashSet<>(splitTopLevel(implementsPart));
      String superclass = extendsPart;
      if (isInterface) {
        interfaces.addAll(splitTopLevel(extendsPart));
        superclass = "";
      }
      return new Header(text.trim(), superclass.trim(), interfaces);
    }

    /** Index of {@code token} outside of generic brackets, or -1. */
    private static int topLevelIndexOf(String text, String token) {
      int depth = 0;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '<') {
          depth++;
        } else if (c == '>') {
          depth--;
        } else if (depth == 0 && text.startsWith(token, i)) {
          return i;
        }
      }
      return -1;
    }

    private static List<String> splitTopLevel(String list) {
      List<String> parts = new ArrayList<>();
      int depth = 0;
      StringBuilder current = new StringBuilder();
      for (char c : list.toCharArray()) {
        if (c == '<') {
          depth++;
        } else if (c == '>') {
          depth--;
        }
        if (c == ',' && depth == 0) {
          parts.add(current.toString().trim());
          current.setLength(0);
        } else {
          current.append(c);
        }
      }
      if (!current.toString().isBlank()) {
        parts.add(current.toString().trim());
      }
      return parts;
    }
  }
}
