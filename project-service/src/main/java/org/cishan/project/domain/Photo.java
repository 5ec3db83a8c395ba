package org.cishan.project.domain;

/**
 * A photo taken on a visit, as metadata (its storage can follow): the file's name, what it shows,
 * and where.
 */
public record Photo(String fileName, String caption, String site) {}
