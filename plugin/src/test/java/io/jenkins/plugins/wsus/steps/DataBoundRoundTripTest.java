package io.jenkins.plugins.wsus.steps;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.wsus.builders.WsusApproveBuilder;
import io.jenkins.plugins.wsus.builders.WsusCatalogImportBuilder;
import io.jenkins.plugins.wsus.builders.WsusGateBuilder;
import io.jenkins.plugins.wsus.builders.WsusSyncBuilder;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * Every step and builder binds the way Pipeline, the Snippet Generator and job configuration bind
 * it: the {@code @DataBoundConstructor} parameter and every {@code @DataBoundSetter} come back from
 * the matching getter; the step and the builder of one operation offer the same arguments.
 */
class DataBoundRoundTripTest {
  static List<Class<?>> describables() {
    return List.of(
        WsusSyncStep.class,
        WsusHealthStep.class,
        WsusGateStep.class,
        WsusCatalogImportStep.class,
        WsusApproveStep.class,
        WsusSyncBuilder.class,
        WsusGateBuilder.class,
        WsusCatalogImportBuilder.class,
        WsusApproveBuilder.class);
  }

  @ParameterizedTest
  @MethodSource("describables")
  void constructorAndEverySetterRoundTripThroughTheGetters(Class<?> type) throws Exception {
    Constructor<?> ctor = dataBoundConstructor(type);
    Parameter[] params = ctor.getParameters();
    assertThat(params).extracting(Parameter::isNamePresent).containsOnly(true);
    assertThat(params).extracting(Parameter::getName).containsExactly("server");
    Object instance = ctor.newInstance("wsus-hq");
    assertThat(getter(type, "server").invoke(instance)).isEqualTo("wsus-hq");

    List<Method> setters = setters(type);
    assertThat(setters).as("an optional setter, so step(server: 'x') works").isNotEmpty();
    for (Method setter : setters) {
      String property = property(setter);
      Object sample = sample(type, property, setter.getParameterTypes()[0]);
      setter.invoke(instance, sample);
      assertThat(getter(type, property).invoke(instance))
          .as(type.getSimpleName() + "." + property)
          .isEqualTo(sample);
    }
  }

  @Test
  void stepAndBuilderOfOneOperationTakeTheSameArguments() {
    Map<Class<?>, Class<?>> pairs =
        Map.of(
            WsusSyncStep.class, WsusSyncBuilder.class,
            WsusGateStep.class, WsusGateBuilder.class,
            WsusCatalogImportStep.class, WsusCatalogImportBuilder.class,
            WsusApproveStep.class, WsusApproveBuilder.class);
    pairs.forEach(
        (step, builder) ->
            assertThat(names(builder)).as(builder.getSimpleName()).isEqualTo(names(step)));
  }

  @Test
  void descriptorsNameTheirFunctionAsTheirSymbolAndNeedARunAndALog() throws Exception {
    Map<Class<?>, String> functions =
        Map.of(
            WsusSyncStep.DescriptorImpl.class, "wsusSync",
            WsusHealthStep.DescriptorImpl.class, "wsusHealth",
            WsusGateStep.DescriptorImpl.class, "wsusGate",
            WsusCatalogImportStep.DescriptorImpl.class, "wsusCatalogImport",
            WsusApproveStep.DescriptorImpl.class, "wsusApprove");
    for (var e : functions.entrySet()) {
      StepDescriptor d = (StepDescriptor) e.getKey().getConstructor().newInstance();
      assertThat(d.getFunctionName()).isEqualTo(e.getValue());
      assertThat(e.getKey().getAnnotation(Symbol.class).value()).containsExactly(e.getValue());
      assertThat(Set.copyOf(d.getRequiredContext()))
          .isEqualTo(Set.of(Run.class, TaskListener.class));
      assertThat(d.getDisplayName()).startsWith("WSUS: ");
    }
  }

  private static Set<String> names(Class<?> type) {
    return setters(type).stream()
        .map(DataBoundRoundTripTest::property)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Constructor<?> dataBoundConstructor(Class<?> type) {
    return Arrays.stream(type.getConstructors())
        .filter(c -> c.isAnnotationPresent(DataBoundConstructor.class))
        .findFirst()
        .orElseThrow();
  }

  private static List<Method> setters(Class<?> type) {
    return Arrays.stream(type.getMethods())
        .filter(m -> m.isAnnotationPresent(DataBoundSetter.class))
        .toList();
  }

  private static String property(Method setter) {
    String n = setter.getName().substring(3);
    return Character.toLowerCase(n.charAt(0)) + n.substring(1);
  }

  private static Method getter(Class<?> type, String property) throws NoSuchMethodException {
    String cap = Character.toUpperCase(property.charAt(0)) + property.substring(1);
    try {
      return type.getMethod("get" + cap);
    } catch (NoSuchMethodException e) {
      return type.getMethod("is" + cap);
    }
  }

  /** A value different from the default, valid for the field. */
  private static Object sample(Class<?> owner, String property, Class<?> type) {
    if (type == boolean.class) {
      return !defaultBoolean(owner, property);
    }
    if (type == List.class) {
      return List.of("KB5062553", "KB5062554");
    }
    return switch (property) {
      case "kbs" -> "KB5062553\nKB5062554";
      case "timeout" -> "3h";
      case "maxAge" -> "12h";
      case "wait" -> "30m";
      case "group" -> "Ring 1";
      case "fromGroup" -> "Ring 0";
      case "action" -> "uninstall";
      case "deadline" -> "2025-07-15T18:00:00Z";
      default ->
          throw new AssertionError("no sample for " + owner.getSimpleName() + "." + property);
    };
  }

  private static boolean defaultBoolean(Class<?> owner, String property) {
    try {
      Object fresh = dataBoundConstructor(owner).newInstance("wsus-hq");
      return (boolean) getter(owner, property).invoke(fresh);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
