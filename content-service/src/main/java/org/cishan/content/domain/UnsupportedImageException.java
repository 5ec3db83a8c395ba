package org.cishan.content.domain;

/** Bytes that are not a JPEG, PNG or WebP image whose size can be read (a 415). */
public class UnsupportedImageException extends RuntimeException {

  public UnsupportedImageException(String message) {
    super(message);
  }
}
