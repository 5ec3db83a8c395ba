package org.cishan.project.domain;

/** What a project does. */
public enum ProjectCategory {
  POVERTY_RELIEF,
  ELDERLY_CARE,
  EDUCATION,
  RELOCATION_COMMUNITY,
  INDUSTRY_AGRICULTURE,
  DISASTER_RELIEF,
  OTHER
}
