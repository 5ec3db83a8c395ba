package org.cishan.project.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.cishan.project.domain.ProjectCategory;
import org.cishan.project.domain.ProjectDetails;

/**
 * A project's details as the API takes them: all optional for a draft (approval needs category,
 * province, city, county, partner organisation, planned start and end, approval reference). An
 * unknown category is a 400 naming the field.
 */
public record ProjectDetailsRequest(
    @Size(max = 200) String titleEn,
    @Size(max = 5000) String descriptionEn,
    ProjectCategory category,
    @Size(max = 50) String province,
    @Size(max = 50) String city,
    @Size(max = 50) String county,
    @Size(max = 200) String township,
    @Size(max = 200) String partnerOrganisation,
    @Size(max = 200) String partnerContact,
    LocalDate plannedStart,
    LocalDate plannedEnd,
    @Size(max = 64) String approvalReference) {

  @AssertTrue(message = "must not be before plannedStart")
  public boolean isPlannedEnd() {
    return plannedStart == null || plannedEnd == null || !plannedEnd.isBefore(plannedStart);
  }

  ProjectDetails toDetails() {
    return new ProjectDetails(
        titleEn,
        descriptionEn,
        category,
        province,
        city,
        county,
        township,
        partnerOrganisation,
        partnerContact,
        plannedStart,
        plannedEnd,
        approvalReference);
  }
}
