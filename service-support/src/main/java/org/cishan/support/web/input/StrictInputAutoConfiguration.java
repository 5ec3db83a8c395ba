package org.cishan.support.web.input;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.cishan.support.json.StrictJson;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.format.FormatterRegistry;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Loose input made impossible at every servlet service's API: JSON request bodies read by {@link
 * StrictJson} (the application's own {@code ObjectMapper}, which also reads Kafka events and stored
 * JSON, stays tolerant), strict converters for query parameters and path variables ({@link
 * StrictConverters}), the text rule for bound text ({@link StrictBinding}) and for the query string
 * ({@link QueryTextFilter}).
 */
@AutoConfiguration(after = JacksonAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class StrictInputAutoConfiguration {

  /** Ahead of Spring Security's filter chain. */
  public static final int QUERY_FILTER_ORDER = SecurityProperties.DEFAULT_FILTER_ORDER - 10;

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
  FilterRegistrationBean<QueryTextFilter> queryTextFilter(ObjectMapper json) {
    FilterRegistrationBean<QueryTextFilter> registration =
        new FilterRegistrationBean<>(new QueryTextFilter(json));
    registration.setOrder(QUERY_FILTER_ORDER);
    return registration;
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
