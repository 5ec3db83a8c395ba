package org.cishan.project.domain;

/** An evaluation's overall conclusion: 优秀, 良好, 合格, 不合格. */
public enum EvaluationConclusion {
  EXCELLENT,
  GOOD,
  PASS,
  FAIL
}
