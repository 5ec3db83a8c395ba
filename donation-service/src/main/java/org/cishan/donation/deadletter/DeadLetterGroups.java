package org.cishan.donation.deadletter;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.axonframework.springboot.EventProcessorProperties;
import org.cishan.support.web.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * The processing groups that park failing events: those with {@code
 * axon.eventhandling.processors.<group>.dlq.enabled: true} (application.yml, ADR 10).
 */
@Component
public class DeadLetterGroups {

  private final Set<String> names;

  public DeadLetterGroups(EventProcessorProperties axon) {
    this.names = enabledIn(axon);
  }

  public static Set<String> enabledIn(EventProcessorProperties axon) {
    return axon.getProcessors().entrySet().stream()
        .filter(processor -> processor.getValue().getDlq().isEnabled())
        .map(Map.Entry::getKey)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  public Set<String> names() {
    return names;
  }

  /** {@code processor} itself, or a 404 when it parks nothing (unknown, or holds on failure). */
  String require(String processor) {
    if (!names.contains(processor)) {
      throw new NotFoundException("Dead-lettering processor", processor);
    }
    return processor;
  }
}
