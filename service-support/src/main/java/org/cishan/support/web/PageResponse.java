package org.cishan.support.web;

import java.util.List;

/** One page of a list answer: {@code {"items": [...], "page": 0, "size": 20, "totalItems": 42}}. */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems) {}
