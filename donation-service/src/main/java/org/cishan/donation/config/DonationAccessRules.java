package org.cishan.donation.config;

import static org.cishan.support.security.Roles.ADMIN;
import static org.cishan.support.security.Roles.AUDITOR;
import static org.cishan.support.security.Roles.DONOR;
import static org.cishan.support.security.Roles.FINANCE;

import org.cishan.support.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may call which donation endpoint (the rest is denied). Giving and the public totals need no
 * account; a donor reads only their own donations (the controller checks ownership), finance and
 * auditors read any (with its trail and receipt) and the pending list; finance confirms, voids,
 * refunds, releases restrictions, allocates, reverses and disburses. Each project's ledger view and
 * funding donations are public; the pool and the journal are for finance and auditors. Offline
 * channels and backdated gifts are checked in the request (finance only). Events parked by the
 * projection processors (dead letters, ADR 10) are the installation operator's (ADMIN) to list,
 * retry and evict; auditors list them.
 */
@Configuration(proxyBeanMethods = false)
class DonationAccessRules {

  @Bean
  AccessRules donationAccess() {
    return rules ->
        rules
            .requestMatchers(HttpMethod.POST, "/api/donations")
            .permitAll()
            .requestMatchers(HttpMethod.GET, "/api/donations/totals", "/api/donations/totals/daily")
            .permitAll()
            .requestMatchers(HttpMethod.GET, "/api/donations/mine")
            .hasRole(DONOR)
            .requestMatchers(HttpMethod.GET, "/api/donations/pending")
            .hasAnyRole(FINANCE, AUDITOR)
            .requestMatchers(
                HttpMethod.POST,
                "/api/donations/*/confirm",
                "/api/donations/*/void",
                "/api/donations/*/refunds",
                "/api/donations/*/release-restriction")
            .hasRole(FINANCE)
            .requestMatchers(
                HttpMethod.GET,
                "/api/donations/*",
                "/api/donations/*/trail",
                "/api/donations/*/receipt")
            .hasAnyRole(DONOR, FINANCE, AUDITOR)
            .requestMatchers(
                HttpMethod.POST,
                "/api/ledger/allocations",
                "/api/ledger/projects/*/allocations/*/reversal",
                "/api/ledger/projects/*/disbursements")
            .hasRole(FINANCE)
            .requestMatchers(
                HttpMethod.GET, "/api/ledger/projects/*", "/api/ledger/projects/*/draws")
            .permitAll()
            .requestMatchers(HttpMethod.GET, "/api/ledger/pool", "/api/ledger/journal")
            .hasAnyRole(FINANCE, AUDITOR)
            .requestMatchers(HttpMethod.GET, "/api/ledger/dead-letters")
            .hasAnyRole(ADMIN, AUDITOR)
            .requestMatchers(
                HttpMethod.POST,
                "/api/ledger/dead-letters/*/retry",
                "/api/ledger/dead-letters/*/sequences/*/retry",
                "/api/ledger/dead-letters/*/sequences/*/eviction")
            .hasRole(ADMIN);
  }
}
