package org.cishan.support.web.input;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.cishan.support.input.InputRefusedException;
import org.cishan.support.input.TextRule;
import org.cishan.support.web.ProblemDetailsAdvice;
import org.cishan.support.web.ProblemDetailsAdvice.FieldError;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.lang.Nullable;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What is wrong with a request before anything else reads it — it runs ahead of Spring Security, so
 * hostile input is refused the same way signed in or not, and no filter, log line or metric sees
 * it:
 *
 * <ul>
 *   <li>a {@code Content-Type} is one media type, not a pattern ({@code application/*}, {@code
 *       *}{@code /*}, {@code application/*+json}), or 415 problem+json: Spring MVC fails on a
 *       pattern with an {@code IllegalArgumentException} (a 500) while it reads the body;
 *   <li>every query parameter obeys the {@link TextRule}, or 400 problem+json naming it. The raw
 *       query string is parsed here; {@code getParameter*} is never called, since it would read
 *       (and consume) form and multipart bodies.
 * </ul>
 */
public class StrictRequestFilter extends OncePerRequestFilter {

  private final ObjectMapper json;

  public StrictRequestFilter(ObjectMapper json) {
    this.json = json;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (isPattern(request.getContentType())) {
      ProblemDetail problem =
          ProblemDetail.forStatusAndDetail(
              HttpStatus.UNSUPPORTED_MEDIA_TYPE,
              "Content-Type must name one media type, such as application/json, not a pattern.");
      problem.setType(URI.create("urn:cishan:problem:unsupported-media-type"));
      write(problem, request, response);
      return;
    }
    FieldError refused = firstRefusal(request.getQueryString());
    if (refused != null) {
      write(ProblemDetailsAdvice.invalid(List.of(refused)), request, response);
      return;
    }
    chain.doFilter(request, response);
  }

  static boolean isPattern(@Nullable String contentType) {
    if (contentType == null) {
      return false;
    }
    try {
      return !MediaType.parseMediaType(contentType).isConcrete();
    } catch (InvalidMediaTypeException e) {
      return false; // Spring MVC answers an unparseable type with 415 itself
    }
  }

  private void write(
      ProblemDetail problem, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    try {
      problem.setInstance(URI.create(request.getRequestURI()));
    } catch (IllegalArgumentException unusualPath) {
      // the answer stays useful without it
    }
    response.setStatus(problem.getStatus());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), problem);
  }

  /** The first parameter that breaks the rule, named, or {@code null}. */
  @Nullable
  static FieldError firstRefusal(@Nullable String query) {
    if (query == null || query.isEmpty()) {
      return null;
    }
    for (String pair : query.split("&")) {
      int equals = pair.indexOf('=');
      String name;
      try {
        name =
            TextRule.check(
                PercentDecoding.decodeQueryPart(equals < 0 ? pair : pair.substring(0, equals)));
      } catch (InputRefusedException e) {
        return new FieldError("query", "has a parameter name that " + e.reason());
      }
      try {
        TextRule.check(
            PercentDecoding.decodeQueryPart(equals < 0 ? "" : pair.substring(equals + 1)));
      } catch (InputRefusedException e) {
        return new FieldError(name, e.reason());
      }
    }
    return null;
  }
}
