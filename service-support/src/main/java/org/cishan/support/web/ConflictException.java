package org.cishan.support.web;

/**
 * The request contradicts what already happened (e.g. the same id with other content): answered
 * with 409 problem+json.
 */
public class ConflictException extends RuntimeException {

  public ConflictException(String message) {
    super(message);
  }
}
