package org.cishan.content.command;

/** A body that says nothing once sanitized (e.g. only a script). */
public class EmptyBodyException extends RuntimeException {

  public EmptyBodyException() {
    super("body has no text or image left once unsafe markup is removed");
  }
}
