package org.cishan.gateway;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.cishan.gateway.StubBackend.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway in front of three stub services: every route forwards the request unchanged and
 * relays the answer unchanged; a path that no route matches is a 404 problem+json.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability
class GatewayRoutingTest {

  static final StubBackend donations = StubBackend.start();
  static final StubBackend projects = StubBackend.start();
  static final StubBackend content = StubBackend.start();

  @Autowired WebTestClient client;

  @DynamicPropertySource
  static void routesToStubs(DynamicPropertyRegistry registry) {
    registry.add("cishan.routes.donation-uri", donations::uri);
    registry.add("cishan.routes.project-uri", projects::uri);
    registry.add("cishan.routes.content-uri", content::uri);
  }

  @BeforeEach
  void resetStubs() {
    donations.reset();
    projects.reset();
    content.reset();
  }

  @AfterAll
  static void stopStubs() {
    donations.close();
    projects.close();
    content.close();
  }

  @Nested
  class Forwarding {

    @Test
    void postsADonationWithItsBodyAndHeadersToDonationService() throws Exception {
      String body = "{\"donorName\":\"张三\",\"amount\":{\"minorUnits\":10000,\"currency\":\"CNY\"}}";

      client
          .post()
          .uri("/api/donations")
          .contentType(MediaType.APPLICATION_JSON)
          .header("X-Correlation-Id", "corr-42")
          .header("Accept-Language", "zh-CN")
          .bodyValue(body.getBytes(UTF_8))
          .exchange();

      RecordedRequest received = donations.takeRequest();
      assertThat(received.method()).isEqualTo("POST");
      assertThat(received.pathAndQuery()).isEqualTo("/api/donations");
      assertThat(new String(received.body(), UTF_8)).isEqualTo(body);
      assertThat(received.header("Content-Type")).startsWith("application/json");
      assertThat(received.header("X-Correlation-Id")).isEqualTo("corr-42");
      assertThat(received.header("Accept-Language")).isEqualTo("zh-CN");
      assertThat(projects.receivedNothing()).isTrue();
      assertThat(content.receivedNothing()).isTrue();
    }

    @Test
    void forwardsTheProjectsListWithItsQueryToProjectService() throws Exception {
      client.get().uri("/api/projects?page=1&size=5&title={title}", "敬").exchange();

      RecordedRequest received = projects.takeRequest();
      assertThat(received.method()).isEqualTo("GET");
      assertThat(received.pathAndQuery()).isEqualTo("/api/projects?page=1&size=5&title=%E6%95%AC");
      assertThat(donations.receivedNothing()).isTrue();
    }

    @Test
    void forwardsNestedContentPathsWithTheirMethodToContentService() throws Exception {
      client
          .method(HttpMethod.PUT)
          .uri("/api/content/articles/7b1f0e5c-1111-4a2b-9c3d-000000000001")
          .contentType(MediaType.APPLICATION_JSON)
          .bodyValue("{\"title\":\"花卉\"}")
          .exchange();

      RecordedRequest received = content.takeRequest();
      assertThat(received.method()).isEqualTo("PUT");
      assertThat(received.pathAndQuery())
          .isEqualTo("/api/content/articles/7b1f0e5c-1111-4a2b-9c3d-000000000001");
      assertThat(new String(received.body(), UTF_8)).isEqualTo("{\"title\":\"花卉\"}");
    }

    @Test
    void forwardsDeleteRequestsWithoutABody() throws Exception {
      client.delete().uri("/api/projects/p-1").exchange().expectStatus().isOk();

      RecordedRequest received = projects.takeRequest();
      assertThat(received.method()).isEqualTo("DELETE");
      assertThat(received.body()).isEmpty();
    }
  }

  @Nested
  class Relaying {

    @Test
    void relaysACreatedAnswerWithItsLocationAndBody() {
      donations.willAnswer(
          201,
          Map.of("Location", "/api/donations/d-1", "Content-Type", "application/json"),
          "{\"donationId\":\"d-1\",\"donorName\":\"张三\"}");

      client
          .post()
          .uri("/api/donations")
          .contentType(MediaType.APPLICATION_JSON)
          .bodyValue("{}")
          .exchange()
          .expectStatus()
          .isCreated()
          .expectHeader()
          .valueEquals("Location", "/api/donations/d-1")
          .expectBody()
          .jsonPath("$.donorName")
          .isEqualTo("张三");
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 404, 409, 500, 503})
    void relaysAServiceProblemUntouched(int status) {
      String problem = "{\"type\":\"urn:cishan:problem:x\",\"status\":" + status + "}";
      projects.willAnswer(status, Map.of("Content-Type", "application/problem+json"), problem);

      client
          .get()
          .uri("/api/projects/p-1")
          .exchange()
          .expectStatus()
          .isEqualTo(status)
          .expectHeader()
          .contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .expectBody(String.class)
          .isEqualTo(problem);
    }
  }

  @Nested
  class ProblemsOfTheGatewayItself {

    @Test
    void answersAPathThatNoRouteMatchesWith404ProblemJson() {
      client
          .get()
          .uri("/api/unknown/thing")
          .exchange()
          .expectStatus()
          .isNotFound()
          .expectHeader()
          .contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .expectBody()
          .jsonPath("$.status")
          .isEqualTo(404)
          .jsonPath("$.type")
          .isEqualTo("urn:cishan:problem:not-found")
          .jsonPath("$.title")
          .isEqualTo("Not Found")
          .jsonPath("$.detail")
          .isEqualTo("No route for GET /api/unknown/thing")
          .jsonPath("$.instance")
          .isEqualTo("/api/unknown/thing");
      assertThat(donations.receivedNothing()).isTrue();
    }

    @Test
    void doesNotTreatAPathThatOnlySharesAPrefixAsARoute() {
      client.get().uri("/api/donationsX").exchange().expectStatus().isNotFound();

      assertThat(donations.receivedNothing()).isTrue();
    }
  }

  @Nested
  class Operations {

    @Test
    void reportsReadinessUp() {
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

    @Test
    void exposesPrometheusMetricsOfTheRoutes() {
      client.get().uri("/api/projects").exchange();

      client
          .get()
          .uri("/actuator/prometheus")
          .exchange()
          .expectStatus()
          .isOk()
          .expectBody(String.class)
          .value(metrics -> assertThat(metrics).contains("spring_cloud_gateway_requests"));
    }
  }
}
