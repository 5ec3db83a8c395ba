package org.cishan.identity.command;

import java.util.UUID;

/** An administrator ({@code actorId}) disables an account: it can no longer obtain tokens. */
public record DisableAccountCommand(UUID accountId, UUID actorId) {}
