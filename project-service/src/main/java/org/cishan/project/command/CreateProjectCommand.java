package org.cishan.project.command;

import org.cishan.project.domain.Money;

/** Create a charity project; the service chooses its id. */
public record CreateProjectCommand(String title, String description, Money fundraisingTarget) {}
