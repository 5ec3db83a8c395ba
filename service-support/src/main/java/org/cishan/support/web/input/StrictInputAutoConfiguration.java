package org.cishan.support.web.input;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.apache.catalina.startup.Tomcat;
import org.cishan.support.json.StrictJson;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.format.FormatterRegistry;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Loose input made impossible at every servlet service's API: JSON request bodies read by {@link
 * StrictJson} (the application's own {@code ObjectMapper}, which also reads Kafka events and stored
 * JSON, stays tolerant), strict converters for query parameters and path variables ({@link
 * StrictConverters}), the text rule for bound text ({@link StrictBinding}), the query string and
 * Content-Type checked ahead of everything ({@link StrictRequestFilter}), and the container's own
 * refusals as problem+json ({@link ProblemJsonErrorReportValve}).
 */
@AutoConfiguration(after = JacksonAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class StrictInputAutoConfiguration {

  /** Ahead of Spring Security's filter chain. */
  public static final int REQUEST_FILTER_ORDER = SecurityProperties.DEFAULT_FILTER_ORDER - 10;

  @Bean
  WebMvcConfigurer strictInputMvcConfigurer() {
    return new WebMvcConfigurer() {
      @Override
      public void addFormatters(FormatterRegistry registry) {
        StrictConverters.register(registry);
      }

      @Override
      public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        converters.replaceAll(StrictInputAutoConfiguration::strict);
      }
    };
  }

  @Bean
  StrictBinding strictBinding() {
    return new StrictBinding();
  }

  @Bean
  FilterRegistrationBean<StrictRequestFilter> strictRequestFilter(ObjectMapper json) {
    FilterRegistrationBean<StrictRequestFilter> registration =
        new FilterRegistrationBean<>(new StrictRequestFilter(json));
    registration.setOrder(REQUEST_FILTER_ORDER);
    return registration;
  }

  /** Tomcat's own refusals (e.g. {@code %00} in a path) as problem+json too. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(Tomcat.class)
  static class TomcatErrors {
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemJsonErrorReports() {
      return new ProblemJsonErrorReports();
    }
  }

  /** Runs after Boot's customizer, so its valve is the one nearest the host: it reports first. */
  static class ProblemJsonErrorReports
      implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {
    @Override
    public void customize(TomcatServletWebServerFactory factory) {
      factory.addContextCustomizers(
          context -> context.getParent().getPipeline().addValve(new ProblemJsonErrorReportValve()));
    }

    @Override
    public int getOrder() {
      return Ordered.LOWEST_PRECEDENCE;
    }
  }

  /** Boot's JSON converter, reading with a strict copy of its mapper; others unchanged. */
  private static HttpMessageConverter<?> strict(HttpMessageConverter<?> converter) {
    if (converter.getClass() != MappingJackson2HttpMessageConverter.class) {
      return converter;
    }
    MappingJackson2HttpMessageConverter tolerant = (MappingJackson2HttpMessageConverter) converter;
    MappingJackson2HttpMessageConverter strict =
        new MappingJackson2HttpMessageConverter(
            StrictJson.strictCopyOf(tolerant.getObjectMapper()));
    strict.setSupportedMediaTypes(tolerant.getSupportedMediaTypes());
    return strict;
  }
}
