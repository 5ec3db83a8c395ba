package org.cishan.project.query.projectsummary;

import org.cishan.project.domain.Money;

/** What one project has raised in one currency, and from how many donations. */
public record CurrencyFunding(Money raised, long donationCount) {}
