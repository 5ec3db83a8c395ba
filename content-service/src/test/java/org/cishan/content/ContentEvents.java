package org.cishan.content;

import static org.awaitility.Awaitility.await;

import java.util.UUID;
import org.cishan.contracts.Topics;
import org.cishan.support.testing.KafkaTopics;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The events content-service consumes, as the integration tests send them to the broker, and
 * whether a consumer handled one ({@code processed_event}).
 */
record ContentEvents(KafkaTopics topics, JdbcClient jdbc) {

  void send(String topic, String key, String json) {
    topics.send(topic, key, json);
  }

  long recordCount(String topic) {
    return topics.recordCount(topic);
  }

  /** A ProjectCreated record shaped exactly like contracts' golden ProjectCreated.v1.json. */
  UUID projectCreated(UUID eventId, UUID projectId, String title, long target) {
    send(
        Topics.PROJECT_EVENTS,
        projectId.toString(),
        """
        {
          "type": "ProjectCreated.v1",
          "eventId": "%s",
          "occurredAt": "2026-03-01T08:30:00Z",
          "projectId": "%s",
          "title": "%s",
          "fundraisingTarget": {
            "minorUnits": %d,
            "currency": "CNY"
          }
        }
        """
            .formatted(eventId, projectId, title, target));
    return eventId;
  }

  boolean isHandled(String consumer, UUID eventId) {
    return jdbc.sql(
                "select count(*) from processed_event where consumer = :consumer and event_id = :id")
            .param("consumer", consumer)
            .param("id", eventId)
            .query(Long.class)
            .single()
        == 1;
  }

  void awaitHandled(String consumer, UUID eventId) {
    await("event " + eventId + " handled by " + consumer)
        .atMost(ContentServiceIntegrationTest.PATIENCE)
        .until(() -> isHandled(consumer, eventId));
  }
}
