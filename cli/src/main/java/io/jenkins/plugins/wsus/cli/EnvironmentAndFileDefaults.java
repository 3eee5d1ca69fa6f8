package io.jenkins.plugins.wsus.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Supplies option values a user did not type: first the environment ({@code --server-url} → {@code
 * WSUSCTL_SERVER_URL}), then the configuration file (a JSON object whose keys are option names
 * without dashes, e.g. {@code "server-url"}), then the option's own default. Flags always win.
 */
final class EnvironmentAndFileDefaults implements IDefaultValueProvider {
  /** Configuration files are small; anything larger is a mistake, not a configuration. */
  static final long MAX_CONFIG_BYTES = 1 << 20;

  private final Map<String, String> environment;
  private final JsonNode file;

  EnvironmentAndFileDefaults(Map<String, String> environment, JsonNode file) {
    this.environment = environment;
    this.file = file;
  }

  /** Reads {@code path}; a missing, oversized or malformed file is a usage error naming it. */
  static JsonNode readConfig(Path path) {
    try {
      if (!Files.isRegularFile(path)) {
        throw new ConfigurationException("configuration file " + path + " does not exist");
      }
      if (Files.size(path) > MAX_CONFIG_BYTES) {
        throw new ConfigurationException(
            "configuration file " + path + " is larger than " + MAX_CONFIG_BYTES + " bytes");
      }
      try (InputStream in = Files.newInputStream(path)) {
        JsonNode node = new ObjectMapper().readTree(in);
        if (node == null || !node.isObject()) {
          throw new ConfigurationException(
              "configuration file " + path + " must hold one JSON object");
        }
        return node;
      }
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new ConfigurationException(
          "configuration file "
              + path
              + " is not valid JSON at line "
              + e.getLocation().getLineNr()
              + ", column "
              + e.getLocation().getColumnNr()
              + ": "
              + e.getOriginalMessage());
    } catch (IOException e) {
      throw new ConfigurationException("cannot read configuration file " + path + ": " + e);
    }
  }

  @Override
  public String defaultValue(ArgSpec argSpec) {
    if (!(argSpec instanceof OptionSpec option)) {
      return null;
    }
    String key = option.longestName().replaceFirst("^-+", "");
    String env = environment.get("WSUSCTL_" + key.toUpperCase(Locale.ROOT).replace('-', '_'));
    if (env != null && !env.isEmpty()) {
      return env;
    }
    if (file != null && file.hasNonNull(key)) {
      JsonNode value = file.get(key);
      return value.isValueNode() ? value.asText() : value.toString();
    }
    return option.defaultValue();
  }
}
