package org.cishan.content.config;

import static org.cishan.support.security.Roles.AUDITOR;
import static org.cishan.support.security.Roles.EDITOR;

import org.cishan.support.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may call which content endpoint (the rest is denied): editors write, edit, delete, move and
 * upload; anyone reads articles and images, and the controllers show what is not published only to
 * editors and auditors; histories and the image list are for editors and auditors.
 */
@Configuration(proxyBeanMethods = false)
public class ContentAccessRules {

  @Bean
  AccessRules contentAccess() {
    return rules ->
        rules
            .requestMatchers(
                HttpMethod.GET, "/api/content/articles/*/history", "/api/content/images")
            .hasAnyRole(EDITOR, AUDITOR)
            .requestMatchers(
                HttpMethod.GET,
                "/api/content/articles",
                "/api/content/articles/*",
                "/api/content/articles/by-slug/*",
                "/api/content/images/*")
            .permitAll()
            .requestMatchers(
                HttpMethod.POST,
                "/api/content/articles",
                "/api/content/articles/*/status",
                "/api/content/images")
            .hasRole(EDITOR)
            .requestMatchers(HttpMethod.PUT, "/api/content/articles/*")
            .hasRole(EDITOR)
            .requestMatchers(HttpMethod.DELETE, "/api/content/articles/*", "/api/content/images/*")
            .hasRole(EDITOR);
  }
}
