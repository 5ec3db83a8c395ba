package org.cishan.support.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Who may call what, as a table that is checked cell by cell against the running service: every
 * endpoint × every kind of {@link Caller} → the expected HTTP status.
 *
 * <pre>
 * endpoint                    anonymous donor other-donor finance auditor editor project-officer admin tampered expired foreign-key
 * POST /api/donations         201       201   201         201     201     201    201             201   401      401     401
 * GET /api/donations/{id}     401       200   404         200     200     403    403             403   401      401     401
 * </pre>
 *
 * The endpoints are the service's own request mappings (exactly as declared, e.g. {@code
 * /api/donations/{id}}); the table must list every one of them, so adding an endpoint without
 * deciding who may call it fails the test. A {@code donor} owns whatever the test's fixtures create
 * for {@link Caller#DONOR}'s subject; {@code other-donor} is another donor. Broken tokens claim
 * every role, so a resource server that skipped a check would show it.
 */
public final class AuthorizationMatrix {

  /** The callers of the matrix: its columns, in this order. */
  public enum Caller {
    ANONYMOUS("anonymous", null),
    DONOR("donor", "00000000-0000-4000-8000-00000000d001", "DONOR"),
    OTHER_DONOR("other-donor", "00000000-0000-4000-8000-00000000d002", "DONOR"),
    FINANCE("finance", "00000000-0000-4000-8000-00000000f001", "FINANCE"),
    AUDITOR("auditor", "00000000-0000-4000-8000-00000000a001", "AUDITOR"),
    EDITOR("editor", "00000000-0000-4000-8000-00000000e001", "EDITOR"),
    PROJECT_OFFICER("project-officer", "00000000-0000-4000-8000-00000000b001", "PROJECT_OFFICER"),
    ADMIN("admin", "00000000-0000-4000-8000-00000000ad01", "ADMIN"),
    TAMPERED(
        "tampered",
        "00000000-0000-4000-8000-00000000d001",
        "DONOR",
        "FINANCE",
        "AUDITOR",
        "EDITOR",
        "PROJECT_OFFICER",
        "ADMIN"),
    EXPIRED(
        "expired",
        "00000000-0000-4000-8000-00000000ad01",
        "DONOR",
        "FINANCE",
        "AUDITOR",
        "EDITOR",
        "PROJECT_OFFICER",
        "ADMIN"),
    FOREIGN_KEY(
        "foreign-key",
        "00000000-0000-4000-8000-00000000ad01",
        "DONOR",
        "FINANCE",
        "AUDITOR",
        "EDITOR",
        "PROJECT_OFFICER",
        "ADMIN");

    private final String column;
    private final String subject;
    private final String[] roles;

    Caller(String column, String subject, String... roles) {
      this.column = column;
      this.subject = subject;
      this.roles = roles;
    }

    public String column() {
      return column;
    }

    /** The token subject (account id) of this caller; null for {@link #ANONYMOUS}. */
    public String subject() {
      return subject;
    }

    /** The {@code Authorization} header value, or null for {@link #ANONYMOUS}. */
    public String authorization(TestTokens tokens) {
      String token =
          switch (this) {
            case ANONYMOUS -> null;
            case TAMPERED -> tokens.tampered(subject, roles);
            case EXPIRED -> tokens.expired(subject, roles);
            case FOREIGN_KEY -> tokens.signedByForeignKey(subject, roles);
            default -> tokens.token(subject, roles);
          };
      return token == null ? null : "Bearer " + token;
    }

    static Caller ofColumn(String column) {
      return Arrays.stream(values())
          .filter(caller -> caller.column.equals(column))
          .findFirst()
          .orElseThrow(() -> new IllegalArgumentException("Unknown caller column: " + column));
    }
  }

  private final Map<String, Map<Caller, Integer>> expected;
  private final Map<String, Function<Caller, MockHttpServletRequestBuilder>> requests =
      new LinkedHashMap<>();

  private AuthorizationMatrix(Map<String, Map<Caller, Integer>> expected) {
    this.expected = expected;
  }

  /**
   * Reads the table: a header line {@code endpoint <caller columns...>} naming every caller once,
   * then one line per endpoint {@code METHOD /pattern <status per column>}. Blank lines and lines
   * starting with {@code #} are ignored.
   */
  public static AuthorizationMatrix of(String table) {
    List<String[]> lines =
        table
            .lines()
            .map(String::strip)
            .filter(line -> !line.isEmpty() && !line.startsWith("#"))
            .map(line -> line.split("\\s+"))
            .toList();
    String[] header = lines.get(0);
    if (!header[0].equals("endpoint")) {
      throw new IllegalArgumentException("The first line must start with 'endpoint'");
    }
    List<Caller> columns = Arrays.stream(header).skip(1).map(Caller::ofColumn).toList();
    if (!new TreeSet<>(columns).equals(new TreeSet<>(List.of(Caller.values())))) {
      throw new IllegalArgumentException("The header must name every caller once: " + columns);
    }
    Map<String, Map<Caller, Integer>> expected = new LinkedHashMap<>();
    for (String[] row : lines.subList(1, lines.size())) {
      if (row.length != 2 + columns.size()) {
        throw new IllegalArgumentException(
            "Row needs a status per caller: " + String.join(" ", row));
      }
      Map<Caller, Integer> statuses = new LinkedHashMap<>();
      for (int i = 0; i < columns.size(); i++) {
        statuses.put(columns.get(i), Integer.parseInt(row[2 + i]));
      }
      String endpoint = HttpMethod.valueOf(row[0]).name() + " " + row[1];
      if (expected.put(endpoint, statuses) != null) {
        throw new IllegalArgumentException("Endpoint listed twice: " + endpoint);
      }
    }
    return new AuthorizationMatrix(expected);
  }

  /**
   * How to call {@code endpoint} ({@code "METHOD /pattern"} as in the table); called once per
   * caller, so bodies with fresh ids avoid conflicts. GET endpoints without path variables need
   * none.
   */
  public AuthorizationMatrix request(
      String endpoint, Function<Caller, MockHttpServletRequestBuilder> request) {
    requests.put(endpoint, request);
    return this;
  }

  /** Checks that the table lists exactly the service's endpoints, then every cell. */
  public void verify(MockMvc mvc, ApplicationContext context, TestTokens tokens) throws Exception {
    verify(mvc, context, caller -> caller.authorization(tokens));
  }

  /**
   * The same, with each caller's {@code Authorization} header (null = none) from elsewhere — e.g.
   * real tokens from identity-service's own login flow.
   */
  public void verify(
      MockMvc mvc, ApplicationContext context, Function<Caller, String> authorizations)
      throws Exception {
    Set<String> declared = endpointsOf(context);
    assertThat(expected.keySet())
        .as("the authorization matrix must list exactly the service's endpoints")
        .containsExactlyInAnyOrderElementsOf(declared);
    List<String> mismatches = new ArrayList<>();
    for (Map.Entry<String, Map<Caller, Integer>> row : expected.entrySet()) {
      for (Map.Entry<Caller, Integer> cell : row.getValue().entrySet()) {
        MockHttpServletRequestBuilder request = requestFor(row.getKey(), cell.getKey());
        String authorization = authorizations.apply(cell.getKey());
        if (authorization != null) {
          request.header("Authorization", authorization);
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        if (response.getStatus() != cell.getValue()) {
          mismatches.add(
              "%s as %s: expected %d, got %d %s"
                  .formatted(
                      row.getKey(),
                      cell.getKey().column(),
                      cell.getValue(),
                      response.getStatus(),
                      response.getContentAsString()));
        }
      }
    }
    assertThat(mismatches).as("authorization matrix cells that do not hold").isEmpty();
  }

  private MockHttpServletRequestBuilder requestFor(String endpoint, Caller caller) {
    Function<Caller, MockHttpServletRequestBuilder> factory = requests.get(endpoint);
    if (factory != null) {
      return factory.apply(caller);
    }
    String[] parts = endpoint.split(" ", 2);
    if (parts[0].equals("GET") && !parts[1].contains("{")) {
      return MockMvcRequestBuilders.get(parts[1]);
    }
    throw new IllegalStateException("No request given for " + endpoint);
  }

  /** "METHOD /pattern" of every request mapping of the service's own (org.cishan) controllers. */
  public static Set<String> endpointsOf(ApplicationContext context) {
    Set<String> endpoints = new TreeSet<>();
    for (RequestMappingInfoHandlerMapping mapping :
        context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
      for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
          mapping.getHandlerMethods().entrySet()) {
        if (!entry.getValue().getBeanType().getPackageName().startsWith("org.cishan")) {
          continue;
        }
        Set<String> methods =
            entry.getKey().getMethodsCondition().getMethods().stream()
                .map(Enum::name)
                .collect(java.util.stream.Collectors.toSet());
        for (String pattern : entry.getKey().getPatternValues()) {
          if (methods.isEmpty()) {
            endpoints.add("ANY " + pattern);
          }
          methods.forEach(method -> endpoints.add(method + " " + pattern));
        }
      }
    }
    return endpoints;
  }
}
