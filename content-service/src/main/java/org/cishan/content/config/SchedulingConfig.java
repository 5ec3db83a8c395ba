package org.cishan.content.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs {@code command.ScheduledPublisher}. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class SchedulingConfig {}
