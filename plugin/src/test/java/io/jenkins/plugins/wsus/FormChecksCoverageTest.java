package io.jenkins.plugins.wsus;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Descriptor;
import io.jenkins.plugins.wsus.builders.WsusApproveBuilder;
import io.jenkins.plugins.wsus.builders.WsusCatalogImportBuilder;
import io.jenkins.plugins.wsus.builders.WsusGateBuilder;
import io.jenkins.plugins.wsus.builders.WsusSyncBuilder;
import io.jenkins.plugins.wsus.steps.WsusApproveStep;
import io.jenkins.plugins.wsus.steps.WsusCatalogImportStep;
import io.jenkins.plugins.wsus.steps.WsusGateStep;
import io.jenkins.plugins.wsus.steps.WsusHealthStep;
import io.jenkins.plugins.wsus.steps.WsusSyncStep;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * Every text field of every form has a {@code doCheck} method on its descriptor (checkboxes and
 * nested objects excepted), and the web methods that enumerate credentials or reach the network
 * answer POST only.
 */
class FormChecksCoverageTest {
  private static final Map<Class<?>, Class<?>> DESCRIBED =
      Map.ofEntries(
          Map.entry(WsusServer.class, WsusServer.DescriptorImpl.class),
          Map.entry(ResilienceSettings.class, ResilienceSettings.DescriptorImpl.class),
          Map.entry(CatalogSettings.class, CatalogSettings.DescriptorImpl.class),
          Map.entry(WsusOrchestratorConfiguration.class, WsusOrchestratorConfiguration.class),
          Map.entry(WsusSyncStep.class, WsusSyncStep.DescriptorImpl.class),
          Map.entry(WsusHealthStep.class, WsusHealthStep.DescriptorImpl.class),
          Map.entry(WsusGateStep.class, WsusGateStep.DescriptorImpl.class),
          Map.entry(WsusCatalogImportStep.class, WsusCatalogImportStep.DescriptorImpl.class),
          Map.entry(WsusApproveStep.class, WsusApproveStep.DescriptorImpl.class),
          Map.entry(WsusSyncBuilder.class, WsusSyncBuilder.DescriptorImpl.class),
          Map.entry(WsusGateBuilder.class, WsusGateBuilder.DescriptorImpl.class),
          Map.entry(WsusCatalogImportBuilder.class, WsusCatalogImportBuilder.DescriptorImpl.class),
          Map.entry(WsusApproveBuilder.class, WsusApproveBuilder.DescriptorImpl.class));

  @Test
  void everyTextFieldHasACheck() {
    List<String> missing = new ArrayList<>();
    DESCRIBED.forEach(
        (type, descriptor) -> {
          for (String field : textFields(type)) {
            String check = "doCheck" + Character.toUpperCase(field.charAt(0)) + field.substring(1);
            boolean found =
                Arrays.stream(descriptor.getMethods())
                    .anyMatch(m -> m.getName().equals(check) && takesValue(m));
            if (!found) {
              missing.add(descriptor.getName() + "." + check);
            }
          }
        });
    assertThat(missing).isEmpty();
  }

  @Test
  void credentialsAndNetworkMethodsArePostOnly() throws Exception {
    for (String name : List.of("doFillCredentialsIdItems", "doTestConnection")) {
      Method m =
          Arrays.stream(WsusServer.DescriptorImpl.class.getMethods())
              .filter(x -> x.getName().equals(name))
              .findFirst()
              .orElseThrow();
      assertThat(m.isAnnotationPresent(POST.class)).as(name).isTrue();
    }
    assertThat(Descriptor.class.isAssignableFrom(WsusServer.DescriptorImpl.class)).isTrue();
  }

  private static boolean takesValue(Method m) {
    return Arrays.stream(m.getParameters())
        .anyMatch(p -> p.isAnnotationPresent(QueryParameter.class) && p.getName().equals("value"));
  }

  /** Constructor parameters and setters of type String or int (checkboxes and objects excepted). */
  private static List<String> textFields(Class<?> type) {
    List<String> fields = new ArrayList<>();
    for (Constructor<?> c : type.getConstructors()) {
      if (c.isAnnotationPresent(DataBoundConstructor.class)) {
        for (Parameter p : c.getParameters()) {
          fields.add(p.getName());
        }
      }
    }
    for (Method m : type.getMethods()) {
      Class<?> t = m.getParameterCount() == 1 ? m.getParameterTypes()[0] : null;
      if (m.isAnnotationPresent(DataBoundSetter.class)
          && (t == String.class
              || t == int.class
              || t == List.class && m.getName().equals("setKbs"))) {
        String n = m.getName().substring(3);
        fields.add(Character.toLowerCase(n.charAt(0)) + n.substring(1));
      }
    }
    return fields;
  }
}
