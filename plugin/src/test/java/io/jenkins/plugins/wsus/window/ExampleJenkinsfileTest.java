package io.jenkins.plugins.wsus.window;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jenkins.plugins.wsus.core.calendar.PatchCalendar;
import io.jenkins.plugins.wsus.core.calendar.PatchWindow;
import io.jenkins.plugins.wsus.core.calendar.RingPlan;
import io.jenkins.plugins.wsus.steps.WsusApproveStep;
import io.jenkins.plugins.wsus.steps.WsusCatalogImportStep;
import io.jenkins.plugins.wsus.steps.WsusGateStep;
import io.jenkins.plugins.wsus.steps.WsusHealthStep;
import io.jenkins.plugins.wsus.steps.WsusSyncStep;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jenkinsci.Symbol;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code examples/Jenkinsfile.rings} uses only the plugin's real steps and arguments, and its ring
 * plan parses and schedules each ring after the previous one's soak.
 */
class ExampleJenkinsfileTest {
  private static final Pattern CALL = Pattern.compile("\\b(wsus[A-Za-z]+|patchWindow)\\(");
  private static final Pattern NAMED = Pattern.compile("(?:^|,)\\s*([A-Za-z]+)\\s*:");

  private static String text;

  @BeforeAll
  static void read() throws Exception {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isRegularFile(dir.resolve("examples/Jenkinsfile.rings"))) {
      dir = dir.getParent();
    }
    assumeTrue(dir != null, "examples/Jenkinsfile.rings not found above the module");
    text = Files.readString(dir.resolve("examples/Jenkinsfile.rings"));
  }

  @Test
  void everyCallNamesARealStepOrTriggerWithItsRealArguments() {
    Map<String, Set<String>> known = new LinkedHashMap<>();
    for (Class<?> type :
        List.of(
            WsusSyncStep.class,
            WsusHealthStep.class,
            WsusGateStep.class,
            WsusCatalogImportStep.class,
            WsusApproveStep.class,
            PatchWindowStep.class,
            PatchWindowTrigger.class)) {
      known.put(symbol(type), arguments(type));
    }
    List<String> problems = new ArrayList<>();
    Set<String> used = new TreeSet<>();
    Matcher m = CALL.matcher(text);
    while (m.find()) {
      String name = m.group(1);
      used.add(name);
      String args = argumentsText(m.end());
      if (!known.containsKey(name)) {
        problems.add("unknown step " + name);
        continue;
      }
      Matcher a = NAMED.matcher(topLevel(args));
      while (a.find()) {
        if (!known.get(name).contains(a.group(1))) {
          problems.add(name + " has no argument '" + a.group(1) + "'");
        }
      }
    }
    assertThat(problems).isEmpty();
    assertThat(used)
        .contains(
            "patchWindow",
            "wsusSync",
            "wsusGate",
            "wsusCatalogImport",
            "wsusApprove",
            "wsusPatchWindow");
  }

  @Test
  void thePlanParsesAndEachRingOpensAfterThePreviousSoak() {
    Matcher m = Pattern.compile("def PLAN = '''\\\\\\n(.*?)'''", Pattern.DOTALL).matcher(text);
    assertThat(m.find()).as("def PLAN = '''\\ ... '''").isTrue();
    RingPlan plan = WindowPlans.parse(m.group(1));
    assertThat(plan.ringNames()).containsExactly("pilot", "early", "broad");
    assertThat(plan.rings().get(0).targetGroup()).isEqualTo("Ring 1 - Pilot");
    List<PatchWindow> july =
        PatchCalendar.of(plan).nextWindows(Instant.parse("2025-07-01T00:00:00Z"), 3);
    for (int i = 1; i < july.size(); i++) {
      Instant ready = july.get(i - 1).end().plus(plan.rings().get(i - 1).soak());
      assertThat(july.get(i).start()).isAfterOrEqualTo(ready);
    }
  }

  private static String symbol(Class<?> type) {
    return Arrays.stream(type.getClasses())
        .filter(c -> c.isAnnotationPresent(Symbol.class))
        .map(c -> c.getAnnotation(Symbol.class).value()[0])
        .findFirst()
        .orElseThrow();
  }

  private static Set<String> arguments(Class<?> type) {
    Set<String> names = new TreeSet<>();
    Arrays.stream(type.getConstructors())
        .filter(c -> c.isAnnotationPresent(DataBoundConstructor.class))
        .flatMap(c -> Arrays.stream(c.getParameters()))
        .map(Parameter::getName)
        .forEach(names::add);
    for (Method setter : type.getMethods()) {
      if (setter.isAnnotationPresent(DataBoundSetter.class)) {
        String n = setter.getName().substring(3);
        names.add(Character.toLowerCase(n.charAt(0)) + n.substring(1));
      }
    }
    return names;
  }

  /** The text between the call's parentheses, nested parentheses included. */
  private static String argumentsText(int start) {
    int depth = 1;
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return text.substring(start, i);
      }
    }
    throw new AssertionError("unbalanced call at " + start);
  }

  /** The arguments with nested calls blanked out, so only top-level names are matched. */
  private static String topLevel(String args) {
    StringBuilder out = new StringBuilder();
    int depth = 0;
    for (char c : args.toCharArray()) {
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (depth == 0) {
        out.append(c);
      }
    }
    return out.toString();
  }
}
