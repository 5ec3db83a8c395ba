package org.cishan.content.command;

/** An upload over the size limit (a 413). */
public class ImageTooLargeException extends RuntimeException {

  public ImageTooLargeException(long maxBytes) {
    super("An image may have at most " + maxBytes + " bytes");
  }
}
