package org.cishan.project.command;

import org.cishan.project.domain.Project;
import org.cishan.project.domain.StatusChange;

/**
 * Where the command side announces what happened, inside its own transaction (implemented in {@code
 * messaging.outbound} by the transactional outbox).
 */
public interface ProjectEventSink {

  void projectCreated(Project project);

  void statusChanged(StatusChange change);
}
