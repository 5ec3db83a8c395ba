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
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.lang.Nullable;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The {@link TextRule} for every query parameter, before anything else reads it (it runs ahead of
 * Spring Security, so a hostile query is refused the same way signed in or not, and no filter, log
 * line or metric sees it): a 400 problem+json naming the parameter. It parses the raw query string
 * itself and never calls {@code getParameter*}, which would read (and consume) form and multipart
 * bodies.
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
    FieldError refused = firstRefusal(request.getQueryString());
    if (refused == null) {
      chain.doFilter(request, response);
      return;
    }
    ProblemDetail problem = ProblemDetailsAdvice.invalid(List.of(refused));
    try {
      problem.setInstance(URI.create(request.getRequestURI()));
    } catch (IllegalArgumentException unusualPath) {
      // the answer stays useful without it
    }
    response.setStatus(HttpStatus.BAD_REQUEST.value());
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
