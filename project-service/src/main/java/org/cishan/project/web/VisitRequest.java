package org.cishan.project.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.cishan.project.domain.Photo;

/** A monitoring visit: when, who went, which sites, what they saw, and photos' metadata. */
public record VisitRequest(
    @NotNull @PastOrPresent LocalDate visitedOn,
    @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 100) String> evaluators,
    @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 200) String> sites,
    @NotBlank @Size(max = 5000) String observations,
    @Size(max = 100) List<@Valid PhotoRequest> photos) {

  /** A photo's metadata. */
  public record PhotoRequest(
      @NotBlank @Size(max = 200) String fileName,
      @Size(max = 500) String caption,
      @Size(max = 200) String site) {}

  List<Photo> photoList() {
    return photos == null
        ? List.of()
        : photos.stream().map(p -> new Photo(p.fileName(), p.caption(), p.site())).toList();
  }
}
