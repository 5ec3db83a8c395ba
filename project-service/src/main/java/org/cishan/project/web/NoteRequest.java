package org.cishan.project.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The body of a step that needs words: the evidence of a submitted rectification, why an item is
 * reopened or a material returned, or the reference of a submitted document.
 */
public record NoteRequest(@NotBlank @Size(max = 2000) String note) {}
