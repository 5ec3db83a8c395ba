package org.cishan.content.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload over the limit is refused while the request is read, before any controller is chosen,
 * so this advice is not scoped to a package: a clear 413 naming the limit.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitAdvice {

  private final long maxBytes;

  UploadLimitAdvice(@Value("${cishan.content.image-max-size}") DataSize maxSize) {
    this.maxBytes = maxSize.toBytes();
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
    return ImageController.tooLarge("An image may have at most " + maxBytes + " bytes");
  }
}
