package org.cishan.project.messaging.inbound;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.UUID;
import org.cishan.contracts.fund.ProjectFundEvent;
import org.cishan.project.command.RecordFundingCommand;
import org.cishan.project.command.RecordFundingService;
import org.cishan.project.domain.FundingChange;
import org.cishan.project.domain.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FundEventsConsumerTest {

  static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules().build();
  static final UUID EVENT = UUID.fromString("00000000-0000-0000-0000-00000000e006");
  static final UUID PROJECT = UUID.fromString("00000000-0000-0000-0000-00000000b001");

  final RecordFundingService recordFunding = mock(RecordFundingService.class);
  final FundEventsConsumer consumer = new FundEventsConsumer(recordFunding, new ObjectMapper());

  @ParameterizedTest
  @CsvSource({
    "FundsAllocated.v1, ALLOCATED",
    "AllocationReversed.v1, REVERSED",
    "FundsDisbursed.v1, DISBURSED"
  })
  void appliesWhatTheLedgerMovedForTheProjectUnderItsEventId(String type, FundingChange.Kind kind)
      throws Exception {
    ProjectFundEvent event =
        JSON.readValue(
            """
            {"type":"%s","eventId":"%s","occurredAt":"2026-03-01T08:30:00Z",
             "projectId":"%s","allocationId":"00000000-0000-0000-0000-00000000a001",
             "disbursementId":"00000000-0000-0000-0000-00000000c001",
             "amount":{"minorUnits":600000,"currency":"CNY"},"partner":"p","voucherReference":"v"}
            """
                .formatted(type, EVENT, PROJECT),
            ProjectFundEvent.class);

    consumer.handle(event);

    verify(recordFunding)
        .record(
            new RecordFundingCommand(EVENT, new FundingChange(PROJECT, Money.cny(600_000), kind)));
  }

  @Test
  void skipsAnEventOfATypeItDoesNotKnow() throws Exception {
    consumer.handle(
        JSON.readValue(
            """
            {"type":"FundsFrozen.v1","eventId":"%s","occurredAt":"2026-03-01T08:30:00Z",
             "projectId":"%s"}
            """
                .formatted(EVENT, PROJECT),
            ProjectFundEvent.class));

    verify(recordFunding, never()).record(any());
  }
}
