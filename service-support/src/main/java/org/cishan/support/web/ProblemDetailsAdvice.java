package org.cishan.support.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cishan.support.input.InputRefusedException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of every servlet service as RFC 7807 {@code application/problem+json}. A 400 names
 * each offending field and why in {@code errors: [{field, message}]}.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

  static final URI VALIDATION = URI.create("urn:cishan:problem:invalid-request");

  /** One broken rule of a request: which field and why. */
  public record FieldError(String field, String message) {}

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    return notFound(e.getMessage());
  }

  @ExceptionHandler(ConflictException.class)
  ProblemDetail conflict(ConflictException e) {
    return conflict(e.getMessage());
  }

  /** The 404 answer, for services that learn of a missing resource outside the web layer. */
  public static ProblemDetail notFound(String detail) {
    return problem(HttpStatus.NOT_FOUND, "urn:cishan:problem:not-found", detail);
  }

  /** The 409 answer, for services whose domain refuses a request as a conflict. */
  public static ProblemDetail conflict(String detail) {
    return problem(HttpStatus.CONFLICT, "urn:cishan:problem:conflict", detail);
  }

  /**
   * Anything unforeseen: logged with its stack, answered without internals. Spring Security's
   * refusals (e.g. from method security) are rethrown so that its filters answer 401/403.
   */
  @ExceptionHandler(Exception.class)
  ProblemDetail unexpected(Exception e) throws Exception {
    if (e instanceof AccessDeniedException || e instanceof AuthenticationException) {
      throw e;
    }
    logger.error("Unhandled exception", e);
    return problem(
        HttpStatus.INTERNAL_SERVER_ERROR,
        "urn:cishan:problem:internal-error",
        "The request could not be completed; nothing was changed by it.");
  }

  /** A path variable or request parameter that is not of its type or breaks an input rule. */
  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
    return invalid(List.of(new FieldError(e.getName(), whyNotConverted(e))));
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<FieldError> errors =
        e.getBindingResult().getFieldErrors().stream()
            .map(f -> new FieldError(f.getField(), messageOf(f)))
            .sorted(java.util.Comparator.comparing(FieldError::field))
            .toList();
    return ResponseEntity.badRequest().body(invalid(errors));
  }

  /**
   * A JSON body the strict reader refused: the field's JSON path and why ({@link UnreadableJson}).
   */
  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    return ResponseEntity.badRequest().body(invalid(List.of(UnreadableJson.explain(e))));
  }

  /**
   * A multipart body that cannot be parsed (no boundary, cut short, malformed parts). One over the
   * size limits is a {@code MaxUploadSizeExceededException}, answered 413 by the base class.
   */
  @ExceptionHandler(MultipartException.class)
  ProblemDetail unreadableMultipart(MultipartException e) {
    return invalid(List.of(new FieldError("body", "is not a readable multipart/form-data body")));
  }

  /**
   * The 400 answer for broken request rules, for services that detect some of them outside Bean
   * Validation (e.g. in their domain): {@code errors: [{field, message}]}.
   */
  public static ProblemDetail invalid(List<FieldError> errors) {
    String detail =
        errors.stream().map(f -> f.field() + " " + f.message()).collect(Collectors.joining("; "));
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, VALIDATION.toString(), detail);
    problem.setTitle("Invalid request");
    problem.setProperties(Map.of("errors", errors));
    return problem;
  }

  static ProblemDetail problem(HttpStatus status, String type, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create(type));
    return problem;
  }

  private static String typeName(@Nullable Class<?> type) {
    return type == null ? "value" : type.getSimpleName();
  }

  /** A binding failure says why in words, not with Spring's conversion internals. */
  private static String messageOf(org.springframework.validation.FieldError f) {
    return f.isBindingFailure() && f.contains(TypeMismatchException.class)
        ? whyNotConverted(f.unwrap(TypeMismatchException.class))
        : f.getDefaultMessage();
  }

  /** The input rule's reason ({@link InputRefusedException}), or "is not a valid <type>". */
  private static String whyNotConverted(TypeMismatchException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof InputRefusedException refused) {
        return refused.reason();
      }
    }
    return "is not a valid " + typeName(e.getRequiredType());
  }
}
