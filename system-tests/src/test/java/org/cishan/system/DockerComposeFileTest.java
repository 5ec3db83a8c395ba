package org.cishan.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml cannot run on a machine without Docker, so this test keeps it consistent with
 * the repository by reading it: every container is health-checked, waits for healthy dependencies,
 * is built from a real module and is configured only through variables that module reads.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DockerComposeFileTest {

  private final Path root = Path.of(System.getProperty("cishan.root", ".."));
  private Map<String, Map<String, Object>> services;

  @BeforeAll
  @SuppressWarnings("unchecked")
  void readComposeFile() throws IOException {
    Map<String, Object> compose =
        new Yaml().load(Files.readString(root.resolve("docker-compose.yml")));
    services = (Map<String, Map<String, Object>>) compose.get("services");
  }

  @Test
  void runsKafkaPostgresAndEveryDeployableModule() {
    assertThat(services)
        .containsKeys(
            "kafka",
            "postgres",
            "donation-service",
            "project-service",
            "content-service",
            "gateway");
  }

  @Test
  void checksTheHealthOfEveryContainer() {
    services.forEach((name, service) -> assertThat(service).as(name).containsKey("healthcheck"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void startsEachContainerOnlyOnceItsDependenciesAreHealthy() {
    services.forEach(
        (name, service) -> {
          Map<String, Map<String, String>> dependsOn =
              (Map<String, Map<String, String>>) service.getOrDefault("depends_on", Map.of());
          dependsOn.forEach(
              (dependency, condition) -> {
                assertThat(services).as(name + " depends on").containsKey(dependency);
                assertThat(condition)
                    .as(name + " → " + dependency)
                    .containsEntry("condition", "service_healthy");
              });
        });
  }

  @Test
  @SuppressWarnings("unchecked")
  void buildsEachServiceFromAModuleThatReadsTheVariablesItIsGiven() throws IOException {
    for (var entry : services.entrySet()) {
      Map<String, Object> build = (Map<String, Object>) entry.getValue().get("build");
      if (build == null) {
        continue;
      }
      String module = (String) ((Map<String, Object>) build.get("args")).get("MODULE");
      assertThat(module).as(entry.getKey()).isEqualTo(entry.getKey());
      assertThat(root.resolve((String) build.get("dockerfile"))).isRegularFile();
      String config =
          Files.readString(module(module).resolve("src/main/resources/application.yml"));
      Map<String, Object> environment =
          (Map<String, Object>) entry.getValue().getOrDefault("environment", Map.of());
      for (String variable : environment.keySet()) {
        assertThat(config)
            .as("%s's application.yml reads %s", module, variable)
            .contains("${" + variable + ":");
      }
      String port = String.valueOf(environment.get("PORT"));
      assertThat(config).as("%s listens on %s by default", module, port).contains("${PORT:" + port);
      assertThat(entry.getValue().get("healthcheck").toString()).contains(":" + port + "/actuator");
    }
  }

  private Path module(String name) throws IOException {
    assertThat(Files.readString(root.resolve("pom.xml"))).contains("<module>" + name + "</module>");
    return root.resolve(name);
  }
}
