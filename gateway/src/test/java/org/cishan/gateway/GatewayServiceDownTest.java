package org.cishan.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** A service behind the gateway is down: its routes answer 503 problem+json, the others work. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayServiceDownTest {

  static final StubBackend projects = StubBackend.start();

  @Autowired WebTestClient client;

  @DynamicPropertySource
  static void routeContentToAClosedPort(DynamicPropertyRegistry registry) {
    registry.add("cishan.routes.project-uri", projects::uri);
    registry.add("cishan.routes.content-uri", () -> "http://127.0.0.1:" + closedPort());
  }

  @AfterAll
  static void stopStub() {
    projects.close();
  }

  @Test
  void answers503ProblemJsonNamingTheServiceThatIsDown() {
    client
        .post()
        .uri("/api/content/articles")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue("{\"title\":\"x\"}")
        .exchange()
        .expectStatus()
        .isEqualTo(503)
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo(503)
        .jsonPath("$.type")
        .isEqualTo("urn:cishan:problem:service-unavailable")
        .jsonPath("$.title")
        .isEqualTo("Service Unavailable")
        .jsonPath("$.service")
        .isEqualTo("content-service")
        .jsonPath("$.instance")
        .isEqualTo("/api/content/articles");
  }

  @Test
  void keepsRoutingToTheServicesThatAreUp() throws Exception {
    client.get().uri("/api/projects").exchange().expectStatus().isOk();

    assertThat(projects.takeRequest().pathAndQuery()).isEqualTo("/api/projects");
  }

  @Test
  void staysReadyWhileAServiceIsDown() {
    client
        .get()
        .uri("/actuator/health/readiness")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo("UP");
  }

  private static int closedPort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
