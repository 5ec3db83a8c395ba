package org.cishan.support.web;

import java.util.List;
import java.util.function.Function;

/** One page of a list answer: {@code {"items": [...], "page": 0, "size": 20, "totalItems": 42}}. */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems) {

  /** A page of {@code rows} shown as {@code show} maps each row. */
  public static <R, T> PageResponse<T> of(
      List<R> rows, Function<R, T> show, int page, int size, long totalItems) {
    return new PageResponse<>(rows.stream().map(show).toList(), page, size, totalItems);
  }
}
