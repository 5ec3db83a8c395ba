package org.cishan.project.config;

import static org.cishan.support.security.Roles.AUDITOR;
import static org.cishan.support.security.Roles.PROJECT_OFFICER;

import org.cishan.support.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may call which project endpoint (the rest is denied): project listings and pages are public;
 * project officers create projects, describe drafts and move projects through their lifecycle; the
 * history (with the staff account that made each move) is for project officers and auditors.
 */
@Configuration(proxyBeanMethods = false)
public class ProjectAccessRules {

  @Bean
  AccessRules projectAccess() {
    return rules ->
        rules
            .requestMatchers(
                HttpMethod.GET,
                "/api/projects",
                "/api/projects/*",
                "/api/projects/*/rectifications",
                "/api/projects/*/materials",
                "/api/projects/*/visits",
                "/api/projects/*/evaluations",
                "/api/projects/rectifications/overdue")
            .permitAll()
            .requestMatchers(
                HttpMethod.POST,
                "/api/projects/*/visits",
                "/api/projects/*/evaluations",
                "/api/projects/*/rectifications",
                "/api/projects/*/rectifications/*/*",
                "/api/projects/*/materials/*/*")
            .hasRole(PROJECT_OFFICER)
            .requestMatchers(HttpMethod.POST, "/api/projects", "/api/projects/*/status")
            .hasRole(PROJECT_OFFICER)
            .requestMatchers(HttpMethod.PUT, "/api/projects/*/details")
            .hasRole(PROJECT_OFFICER)
            .requestMatchers(HttpMethod.GET, "/api/projects/*/history")
            .hasAnyRole(PROJECT_OFFICER, AUDITOR);
  }
}
