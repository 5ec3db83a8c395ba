package org.cishan.donation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cishan.donation.query.donationsummary.DonationSummaryProjection;
import org.cishan.donation.query.journal.JournalProjection;
import org.cishan.support.testing.AuthorizationMatrix.Caller;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

/**
 * Issue 14: an event a projection cannot handle, already in the event store (a donor name with a
 * NUL character, which PostgreSQL refuses in text), is parked in that projection's dead-letter
 * queue; every later event reaches every projection; the operator sees it, retries it in vain and
 * evicts it.
 */
class DeadLettersIT extends DonationServiceIntegrationTest {

  static final String SUMMARIES = DonationSummaryProjection.PROCESSING_GROUP;
  static final String DEAD_LETTERS = "/api/ledger/dead-letters";

  @Test
  void aPoisonedEventIsParkedWhileLaterDonationsReachEveryProjectionUntilTheOperatorEvictsIt()
      throws Exception {
    Stored poisoned = storeDonationReceivedWithDonorName("a\\u0000b");
    UUID later = UUID.randomUUID();
    assertThat(postDonation(donation(later, "吴十", 100, "CNY", null)).getStatusCode().value())
        .isEqualTo(201);
    assertThat(confirm(later).getStatusCode().value()).isEqualTo(200);

    await("the later donation in the summaries, the journal and a receipt")
        .atMost(PATIENCE)
        .untilAsserted(
            () -> {
              assertThat(
                      count(
                          "select count(*) from donation_summary where donation_id = '"
                              + later
                              + "' and status = 'CONFIRMED' and receipt_number is not null"))
                  .isEqualTo(1);
              assertThat(
                      count(
                          "select count(*) from journal_entry where donation_id = '" + later + "'"))
                  .isEqualTo(1);
            });
    assertThat(
            count(
                "select count(*) from donation_summary where donation_id = '" + poisoned.id + "'"))
        .isZero();
    awaitEveryProcessorCaughtUp();

    JsonNode letter =
        await("the poisoned event parked, its automatic retries used up")
            .atMost(PATIENCE)
            .until(
                () -> parkedLetterOf(poisoned.aggregateId),
                found -> found != null && found.path("automaticRetriesExhausted").asBoolean());
    assertThat(letter.path("processor").asText()).isEqualTo(SUMMARIES);
    assertThat(letter.path("eventType").asText()).isEqualTo("DonationReceivedEvent");
    assertThat(letter.path("eventId").asText()).isEqualTo(poisoned.eventId);
    assertThat(letter.path("globalIndex").asLong()).isEqualTo(poisoned.globalIndex);
    assertThat(letter.path("causeMessage").asText()).contains("0x00");
    assertThat(letter.path("attempts").asInt()).isEqualTo(3);
    assertThat(letter.path("enqueuedAt").asText()).isNotBlank();
    assertThat(letter.path("lastTouched").asText()).isNotBlank();
    assertThat(parkedIn(JournalProjection.PROCESSING_GROUP, poisoned.aggregateId))
        .as("only the projection that fails parks it")
        .isNull();
    assertThat(gauge("cishan_event_dead_letters", SUMMARIES)).isEqualTo(1.0);
    assertThat(gauge("cishan_event_dead_letter_sequences", SUMMARIES)).isEqualTo(1.0);
    assertThat(gauge("cishan_event_processor_errors", SUMMARIES))
        .as("parked, not failing")
        .isZero();
    assertThat(gauge("cishan_event_processor_errors", "donation-integration-publisher")).isZero();

    ResponseEntity<String> retried =
        postTo(Caller.ADMIN, sequencePath(poisoned.aggregateId) + "/retry", "");
    assertThat(retried.getStatusCode().value()).as(retried.getBody()).isEqualTo(200);
    assertThat(json.readTree(retried.getBody()).path("stillParked").asInt()).isEqualTo(1);
    assertThat(parkedLetterOf(poisoned.aggregateId).path("attempts").asInt()).isEqualTo(4);

    ResponseEntity<String> withoutReason =
        postTo(Caller.ADMIN, sequencePath(poisoned.aggregateId) + "/eviction", "{}");
    assertThat(withoutReason.getStatusCode().value()).isEqualTo(400);
    assertThat(withoutReason.getHeaders().getContentType()).hasToString("application/problem+json");
    ResponseEntity<String> evicted =
        postTo(
            Caller.ADMIN,
            sequencePath(poisoned.aggregateId) + "/eviction",
            "{\"reason\":\"捐赠人姓名含非法字符，已线下更正\"}");
    assertThat(evicted.getStatusCode().value()).as(evicted.getBody()).isEqualTo(200);
    assertThat(json.readTree(evicted.getBody()).path("evicted").asInt()).isEqualTo(1);
    assertThat(parkedLetterOf(poisoned.aggregateId)).isNull();
    assertThat(gauge("cishan_event_dead_letters", SUMMARIES)).isZero();
    assertThat(
            postTo(
                    Caller.ADMIN,
                    sequencePath(poisoned.aggregateId) + "/eviction",
                    "{\"reason\":\"again\"}")
                .getStatusCode()
                .value())
        .isEqualTo(404);
  }

  @Test
  void answersAnUnknownProcessorWithProblemJson() {
    ResponseEntity<String> answer = getAs(Caller.AUDITOR, DEAD_LETTERS + "?processor=nonexistent");

    assertThat(answer.getStatusCode().value()).isEqualTo(404);
    assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
  }

  private static String sequencePath(String sequenceId) {
    return DEAD_LETTERS + "/" + SUMMARIES + "/sequences/" + sequenceId;
  }

  private JsonNode parkedLetterOf(String aggregateId) throws Exception {
    return parkedIn(SUMMARIES, aggregateId);
  }

  private JsonNode parkedIn(String processor, String aggregateId) throws Exception {
    ResponseEntity<String> answer =
        getAs(Caller.AUDITOR, DEAD_LETTERS + "?processor=" + processor + "&size=100");
    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
    for (JsonNode item : json.readTree(answer.getBody()).path("items")) {
      if (aggregateId.equals(item.path("aggregateId").asText())) {
        return item;
      }
    }
    return null;
  }

  private double gauge(String name, String processor) {
    String scraped = getAs(Caller.ANONYMOUS, "/actuator/prometheus").getBody();
    Matcher value =
        Pattern.compile(
                "(?m)^"
                    + name
                    + "\\{[^}]*processor=\""
                    + Pattern.quote(processor)
                    + "\"[^}]*\\} (\\S+)$")
            .matcher(scraped);
    assertThat(value.find()).as(name + " in " + scraped).isTrue();
    return Double.parseDouble(value.group(1));
  }

  record Stored(UUID id, String aggregateId, String eventId, long globalIndex) {}

  /**
   * Stores a copy of a real {@code DonationReceivedEvent} (of a donation given through the API)
   * under a new donation id, its donor name replaced by {@code jsonDonorName} (JSON text): what a
   * poisoned event already in the store looks like, past any validation of today's input.
   */
  private Stored storeDonationReceivedWithDonorName(String jsonDonorName) {
    UUID template = UUID.randomUUID();
    assertThat(postDonation(donation(template, "模板捐赠人", 100, "CNY", null)).getStatusCode().value())
        .isEqualTo(201);
    UUID id = UUID.randomUUID();
    String eventId = UUID.randomUUID().toString();
    Map<String, Object> row =
        jdbc.sql(
                """
                insert into domain_event_entry
                       (aggregate_identifier, sequence_number, type, event_identifier, meta_data,
                        payload, payload_revision, payload_type, time_stamp)
                select replace(aggregate_identifier, :template, :id), 0, type, :eventId, meta_data,
                       convert_to(replace(replace(convert_from(payload, 'UTF8'), :template, :id),
                                          '"模板捐赠人"', :donorName), 'UTF8'),
                       payload_revision, payload_type, time_stamp
                  from domain_event_entry
                 where aggregate_identifier like '%' || :template || '%'
                   and payload_type like '%.DonationReceivedEvent'
                returning aggregate_identifier, global_index
                """)
            .param("template", template.toString())
            .param("id", id.toString())
            .param("eventId", eventId)
            .param("donorName", "\"" + jsonDonorName + "\"")
            .query()
            .singleRow();
    return new Stored(
        id,
        (String) row.get("aggregate_identifier"),
        eventId,
        ((Number) row.get("global_index")).longValue());
  }
}
