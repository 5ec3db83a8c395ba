package org.cishan.support.web;

/** The addressed resource does not exist: answered with 404 problem+json. */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String what, Object id) {
    super(what + " " + id + " does not exist");
  }
}
