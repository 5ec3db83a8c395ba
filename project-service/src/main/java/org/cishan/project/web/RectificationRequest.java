package org.cishan.project.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A finding of monitoring or evaluation that must be put right: by whom and by when. */
public record RectificationRequest(
    @NotBlank @Size(max = 2000) String finding,
    @NotBlank @Size(max = 200) String responsibleParty,
    @NotNull LocalDate dueDate) {}
