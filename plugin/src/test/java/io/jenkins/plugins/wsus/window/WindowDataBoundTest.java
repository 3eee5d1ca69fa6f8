package io.jenkins.plugins.wsus.window;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.Extension;
import hudson.model.TaskListener;
import hudson.triggers.TriggerDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.junit.jupiter.api.Test;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;

/**
 * The trigger and the step bind as Pipeline, the Snippet Generator and job configuration bind them:
 * named constructor parameter, optional setters (so named arguments work), every value read back
 * from its getter, a {@code doCheck} for every text field, and the documented symbols.
 */
class WindowDataBoundTest {

  @Test
  void triggerRoundTripsThroughItsGetters() throws Exception {
    Constructor<?> ctor = dataBound(PatchWindowTrigger.class);
    assertThat(ctor.getParameters()).extracting(Parameter::getName).containsExactly("window");
    PatchWindowTrigger t = (PatchWindowTrigger) ctor.newInstance(Plans.RINGS.replace("\n", "\r\n"));
    assertThat(t.getWindow()).isEqualTo(Plans.RINGS);
    assertThat(t.getRing()).isEmpty();
    assertThat(t.getCatchUp()).isEmpty();
    roundTrip(t, Map.of("ring", "broad", "catchUp", "2h"));
  }

  @Test
  void stepRoundTripsThroughItsGetters() throws Exception {
    Constructor<?> ctor = dataBound(PatchWindowStep.class);
    assertThat(ctor.getParameters()).extracting(Parameter::getName).containsExactly("spec");
    PatchWindowStep s = (PatchWindowStep) ctor.newInstance(Plans.ONE);
    assertThat(s.getSpec()).isEqualTo(Plans.ONE);
    assertThat(s.getRing()).isEmpty();
    assertThat(s.getWhenClosed()).isEqualTo("wait");
    roundTrip(s, Map.of("ring", "all", "whenClosed", "skip"));
  }

  @Test
  void theTriggerPropertyIsNotNamedSpecBecauseTriggerGetSpecIsTheCronSpec() {
    // Trigger.getSpec() is final in Jenkins and returns "* * * * *"; a 'spec' property would read
    // back as that in the Directive Generator and when a job's configuration is shown.
    assertThat(Arrays.stream(PatchWindowTrigger.class.getDeclaredMethods()).map(Method::getName))
        .doesNotContain("getSpec", "setSpec");
  }

  @Test
  void symbolsDescriptorsAndContext() throws Exception {
    assertThat(PatchWindowTrigger.DescriptorImpl.class.getAnnotation(Symbol.class).value())
        .containsExactly("patchWindow");
    assertThat(PatchWindowTrigger.DescriptorImpl.class.isAnnotationPresent(Extension.class))
        .isTrue();
    assertThat(TriggerDescriptor.class).isAssignableFrom(PatchWindowTrigger.DescriptorImpl.class);
    assertThat(PatchWindowStep.DescriptorImpl.class.getAnnotation(Symbol.class).value())
        .containsExactly("wsusPatchWindow");
    StepDescriptor d = new PatchWindowStep.DescriptorImpl();
    assertThat(d.getFunctionName()).isEqualTo("wsusPatchWindow");
    assertThat(d.getDisplayName()).startsWith("WSUS: ");
    assertThat(Set.copyOf(d.getRequiredContext())).isEqualTo(Set.of(TaskListener.class));
    assertThat(new PatchWindowTrigger.DescriptorImpl().getDisplayName()).contains("patch window");
  }

  @Test
  void everyTextFieldHasACheckTakingItsValue() {
    assertThat(checks(PatchWindowTrigger.DescriptorImpl.class))
        .containsExactlyInAnyOrder("doCheckWindow", "doCheckRing", "doCheckCatchUp");
    assertThat(checks(PatchWindowStep.DescriptorImpl.class))
        .containsExactlyInAnyOrder("doCheckSpec", "doCheckRing", "doCheckWhenClosed");
  }

  @Test
  void theWindowCheckAlsoReceivesTheRingForItsPreview() throws Exception {
    Method m =
        Arrays.stream(PatchWindowTrigger.DescriptorImpl.class.getMethods())
            .filter(x -> x.getName().equals("doCheckWindow"))
            .findFirst()
            .orElseThrow();
    assertThat(
            Arrays.stream(m.getParameters())
                .filter(p -> p.isAnnotationPresent(QueryParameter.class)))
        .extracting(Parameter::getName)
        .containsExactly("value", "ring");
  }

  private static List<String> checks(Class<?> descriptor) {
    return Arrays.stream(descriptor.getMethods())
        .filter(m -> m.getName().startsWith("doCheck"))
        .filter(
            m ->
                Arrays.stream(m.getParameters())
                    .anyMatch(
                        p ->
                            p.isAnnotationPresent(QueryParameter.class)
                                && p.getName().equals("value")))
        .map(Method::getName)
        .toList();
  }

  private static Constructor<?> dataBound(Class<?> type) {
    return Arrays.stream(type.getConstructors())
        .filter(c -> c.isAnnotationPresent(DataBoundConstructor.class))
        .findFirst()
        .orElseThrow();
  }

  private static void roundTrip(Object instance, Map<String, String> samples) throws Exception {
    List<Method> setters =
        Arrays.stream(instance.getClass().getMethods())
            .filter(m -> m.isAnnotationPresent(DataBoundSetter.class))
            .toList();
    assertThat(setters)
        .extracting(WindowDataBoundTest::property)
        .containsExactlyInAnyOrderElementsOf(samples.keySet());
    for (Method setter : setters) {
      String property = property(setter);
      setter.invoke(instance, samples.get(property));
      String cap = Character.toUpperCase(property.charAt(0)) + property.substring(1);
      assertThat(instance.getClass().getMethod("get" + cap).invoke(instance))
          .as(property)
          .isEqualTo(samples.get(property));
    }
  }

  private static String property(Method setter) {
    String n = setter.getName().substring(3);
    return Character.toLowerCase(n.charAt(0)) + n.substring(1);
  }
}
