package org.cishan.donation;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The event-sourced donation ledger: commands in, events in PostgreSQL, projections, Kafka out. */
@SpringBootApplication
public class DonationServiceApplication {

  public static void main(String[] args) {
    SpringApplication.run(DonationServiceApplication.class, args);
  }
}
