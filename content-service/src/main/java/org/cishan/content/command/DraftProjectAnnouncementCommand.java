package org.cishan.content.command;

import java.util.UUID;
import org.cishan.content.domain.NewProject;

/** Draft the article announcing a new project; {@code eventId} makes it idempotent. */
public record DraftProjectAnnouncementCommand(UUID eventId, NewProject project) {}
