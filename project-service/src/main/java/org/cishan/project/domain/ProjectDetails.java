package org.cishan.project.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a project officer describes beyond title and target: the English title and description, the
 * category, where the beneficiaries live, who implements it, when, and the federation's approval
 * reference (its code on receipts). A draft may lack any of it; approval needs {@link #missing()}
 * to be empty.
 *
 * @param township free text below county level (township, village), optional
 */
public record ProjectDetails(
    String titleEn,
    String descriptionEn,
    ProjectCategory category,
    String province,
    String city,
    String county,
    String township,
    String partnerOrganisation,
    String partnerContact,
    LocalDate plannedStart,
    LocalDate plannedEnd,
    String approvalReference) {

  public static final ProjectDetails NONE =
      new ProjectDetails(null, null, null, null, null, null, null, null, null, null, null, null);

  public ProjectDetails {
    if (plannedStart != null && plannedEnd != null && plannedEnd.isBefore(plannedStart)) {
      throw new IllegalArgumentException("The planned end must not be before the planned start");
    }
  }

  /** The fields approval needs that are not given, in a stable order. */
  public List<String> missing() {
    List<String> missing = new ArrayList<>();
    if (category == null) {
      missing.add("category");
    }
    requireText(missing, "province", province);
    requireText(missing, "city", city);
    requireText(missing, "county", county);
    requireText(missing, "partnerOrganisation", partnerOrganisation);
    if (plannedStart == null) {
      missing.add("plannedStart");
    }
    if (plannedEnd == null) {
      missing.add("plannedEnd");
    }
    requireText(missing, "approvalReference", approvalReference);
    return missing;
  }

  private static void requireText(List<String> missing, String field, String value) {
    if (value == null || value.isBlank()) {
      missing.add(field);
    }
  }
}
