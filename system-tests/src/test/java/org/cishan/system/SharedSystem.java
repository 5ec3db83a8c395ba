package org.cishan.system;

import org.cishan.contracts.Topics;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * Starts the whole system once for all end-to-end test classes — a KRaft broker in this JVM and the
 * five services as processes ({@link CishanSystem}) — and stops it when the test run ends. Test
 * classes receive it as a {@link Running} parameter; a failed test prints every service's log tail.
 */
final class SharedSystem implements ParameterResolver, TestWatcher {

  /** The running system: its broker and its processes. */
  record Running(EmbeddedKafkaBroker kafka, CishanSystem system)
      implements ExtensionContext.Store.CloseableResource {

    static Running start() {
      EmbeddedKafkaBroker kafka =
          new EmbeddedKafkaKraftBroker(
              1, 3, Topics.DONATION_EVENTS, Topics.PROJECT_EVENTS, Topics.PROJECT_FUND_EVENTS);
      kafka.afterPropertiesSet();
      try {
        return new Running(kafka, CishanSystem.start(kafka.getBrokersAsString()));
      } catch (RuntimeException e) {
        kafka.destroy();
        throw e;
      }
    }

    @Override
    public void close() {
      try {
        system.close();
      } finally {
        kafka.destroy();
      }
    }
  }

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(SharedSystem.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Running.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return running(context);
  }

  @Override
  public void testFailed(ExtensionContext context, Throwable cause) {
    Running running = context.getRoot().getStore(NAMESPACE).get(Running.class, Running.class);
    if (running != null) {
      LoggerFactory.getLogger(context.getRequiredTestClass()).error(running.system().logTails());
    }
  }

  private static Running running(ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(Running.class, type -> Running.start(), Running.class);
  }
}
