package org.cishan.project.domain;

/** The project's status does not allow this (e.g. changing an approved project's details). */
public class ProjectStateException extends RuntimeException {

  public ProjectStateException(String message) {
    super(message);
  }
}
