package org.cishan.project.command;

import java.util.Objects;
import org.cishan.project.domain.Money;

/**
 * Create a charity project; the service chooses its id.
 *
 * @param createdBy the acting project officer's account id, from the verified token
 */
public record CreateProjectCommand(
    String title, String description, Money fundraisingTarget, String createdBy) {

  public CreateProjectCommand {
    Objects.requireNonNull(createdBy, "createdBy");
  }
}
