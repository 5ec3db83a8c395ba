package org.cishan.gateway.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code cishan.cors.*}: the portal frontends' origins that may call the API from a browser. */
@ConfigurationProperties("cishan.cors")
record CorsProperties(
    @DefaultValue({"http://127.0.0.1:5173", "http://localhost:5173"})
        List<String> allowedOrigins) {}
