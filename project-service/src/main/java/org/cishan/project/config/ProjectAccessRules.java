package org.cishan.project.config;

import static org.cishan.support.security.Roles.PROJECT_OFFICER;

import org.cishan.support.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may call which project endpoint (the rest is denied): project listings and pages are public,
 * project officers create projects.
 */
@Configuration(proxyBeanMethods = false)
public class ProjectAccessRules {

  @Bean
  AccessRules projectAccess() {
    return rules ->
        rules
            .requestMatchers(HttpMethod.GET, "/api/projects", "/api/projects/*")
            .permitAll()
            .requestMatchers(HttpMethod.POST, "/api/projects")
            .hasRole(PROJECT_OFFICER);
  }
}
