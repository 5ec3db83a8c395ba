package org.cishan.content.config;

import static org.cishan.support.security.Roles.EDITOR;

import org.cishan.support.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may call which content endpoint (the rest is denied): editors write; anyone reads, and the
 * controller shows drafts only to editors and auditors.
 */
@Configuration(proxyBeanMethods = false)
public class ContentAccessRules {

  @Bean
  AccessRules contentAccess() {
    return rules ->
        rules
            .requestMatchers(HttpMethod.GET, "/api/content/articles", "/api/content/articles/*")
            .permitAll()
            .requestMatchers(
                HttpMethod.POST, "/api/content/articles", "/api/content/articles/*/status")
            .hasRole(EDITOR);
  }
}
