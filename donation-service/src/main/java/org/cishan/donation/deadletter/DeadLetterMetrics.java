package org.cishan.donation.deadletter;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.springboot.EventProcessorProperties;
import org.springframework.stereotype.Component;

/**
 * Per dead-lettering processor, as gauges read when scraped ({@code /actuator/prometheus}): {@code
 * cishan.event.dead.letters} (parked events) and {@code cishan.event.dead.letter.sequences} (parked
 * aggregates), tagged {@code processor}. Anything above 0 means a read model lacks events: alert on
 * it.
 */
@Component
public class DeadLetterMetrics implements MeterBinder {

  private final DeadLetterGroups groups;
  private final DeadLetterCatalog catalog;
  private final EventProcessorProperties axon;
  private final EventProcessingConfiguration processing;

  public DeadLetterMetrics(
      DeadLetterGroups groups,
      DeadLetterCatalog catalog,
      EventProcessorProperties axon,
      EventProcessingConfiguration processing) {
    this.groups = groups;
    this.catalog = catalog;
    this.axon = axon;
    this.processing = processing;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    for (String processor : groups.names()) {
      Gauge.builder("cishan.event.dead.letters", catalog, c -> c.letters(processor))
          .description("Events parked in the dead-letter queue of a processor")
          .tag("processor", processor)
          .register(registry);
      Gauge.builder("cishan.event.dead.letter.sequences", catalog, c -> c.sequences(processor))
          .description("Sequences (aggregates) with parked events in a processor")
          .tag("processor", processor)
          .register(registry);
    }
    for (String processor : axon.getProcessors().keySet()) {
      Gauge.builder("cishan.event.processor.errors", this, m -> m.segmentsInError(processor))
          .description("Segments of a processor failing and retrying from the same position")
          .tag("processor", processor)
          .register(registry);
    }
  }

  private long segmentsInError(String processor) {
    return processing
        .eventProcessor(processor, StreamingEventProcessor.class)
        .map(
            streaming ->
                streaming.processingStatus().values().stream()
                    .filter(EventTrackerStatus::isErrorState)
                    .count())
        .orElse(0L);
  }
}
