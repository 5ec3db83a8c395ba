package org.cishan.project.domain;

/**
 * What an evaluation rates, after the federation's project-management rules: use of funds, progress
 * against plan, compliance of management, outcomes for beneficiaries, their satisfaction.
 */
public enum EvaluationCriterion {
  USE_OF_FUNDS,
  PROGRESS,
  MANAGEMENT_COMPLIANCE,
  OUTCOMES,
  BENEFICIARY_SATISFACTION
}
