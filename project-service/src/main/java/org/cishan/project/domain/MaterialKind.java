package org.cishan.project.domain;

/** The closing materials (结项材料) every project must hand in before it closes. */
public enum MaterialKind {
  PROCESS_MATERIALS,
  CLOSING_REPORT,
  FINANCIAL_STATEMENT,
  BENEFICIARY_LIST,
  PHOTOS
}
