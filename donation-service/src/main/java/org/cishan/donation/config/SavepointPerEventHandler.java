package org.cishan.donation.config;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs each event handler of the dead-lettering processing groups inside a savepoint of the batch's
 * transaction (Spring's {@code PROPAGATION_NESTED} on the {@code DataSourceTransactionManager}).
 * PostgreSQL refuses every statement of a transaction after one failed ("current transaction is
 * aborted"): without the savepoint a handler failing on SQL would poison the whole batch, and the
 * dead letter could not even be stored in it. With it, the failing handler's SQL alone is rolled
 * back, the exception goes on to Axon's dead-lettering invoker, which stores the letter in the same
 * transaction as the rest of the batch and the processor's token.
 *
 * <p>Only handlers of the groups in {@code groups} (by their class's {@link ProcessingGroup}) are
 * wrapped, and only while a transaction is active: aggregates' event-sourcing handlers and the
 * groups that hold on failure (receipts, the Kafka publisher) are left as they are.
 */
class SavepointPerEventHandler implements HandlerEnhancerDefinition {

  private final Set<String> groups;
  private final TransactionTemplate savepoint;

  SavepointPerEventHandler(Set<String> groups, PlatformTransactionManager transactions) {
    this.groups = Set.copyOf(groups);
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  @Override
  public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
    if (!original.canHandleMessageType(EventMessage.class)
        || !groups.contains(groupOf(original.declaringClass()).orElse(""))) {
      return original;
    }
    return new WrappedMessageHandlingMember<>(original) {
      @Override
      public Object handle(Message<?> message, T target) throws Exception {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
          return super.handle(message, target);
        }
        try {
          return savepoint.execute(status -> invoke(message, target));
        } catch (HandlerFailed failed) {
          throw failed.getCause();
        }
      }

      private Object invoke(Message<?> message, T target) {
        try {
          return super.handle(message, target);
        } catch (RuntimeException | Error e) {
          throw e;
        } catch (Exception e) {
          throw new HandlerFailed(e);
        }
      }
    };
  }

  static Optional<String> groupOf(Class<?> handlerClass) {
    return Optional.ofNullable(
            AnnotatedElementUtils.findMergedAnnotationAttributes(
                handlerClass, ProcessingGroup.class, false, false))
        .map((Map<String, Object> attributes) -> (String) attributes.get("value"));
  }

  /** Carries a checked exception through the transaction template, which rolls back on it. */
  private static final class HandlerFailed extends RuntimeException {
    HandlerFailed(Exception cause) {
      super(cause);
    }

    @Override
    public synchronized Exception getCause() {
      return (Exception) super.getCause();
    }
  }
}
