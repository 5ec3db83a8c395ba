package org.cishan.donation.query.projectfunding;

import java.util.UUID;

public record FindProjectFundingQuery(UUID projectId) {}
