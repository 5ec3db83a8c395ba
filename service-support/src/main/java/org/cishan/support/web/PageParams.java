package org.cishan.support.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** {@code ?page=0&size=20}: page counts from 0, 1 to 100 items a page; absent means 0 and 20. */
public record PageParams(@Min(0) Integer page, @Min(1) @Max(100) Integer size) {

  public PageParams {
    page = page == null ? 0 : page;
    size = size == null ? 20 : size;
  }
}
