package org.cishan.content.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.cishan.content.command.ImageService;
import org.cishan.content.command.ImageService.StoredImage;
import org.cishan.content.query.image.ImageRepository;
import org.cishan.content.query.image.ImageRepository.ImageHead;
import org.cishan.content.query.image.ImageRepository.ImageInfo;
import org.cishan.support.security.Actor;
import org.cishan.support.web.NotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartFile;

/**
 * Images for articles (covers and galleries). Upload: {@code multipart/form-data} with the part
 * {@code file} (and optional {@code alt} text); what the bytes are decides, never the file name or
 * the part's content type. Served with the SHA-256 of the bytes as a strong ETag; an image the
 * public may see (a published article shows it) is cacheable by anyone for a day, then revalidated.
 */
@RestController
@RequestMapping("/api/content/images")
public class ImageController {

  /** What an upload stored. */
  public record ImageResponse(
      UUID imageId,
      String mediaType,
      int width,
      int height,
      int sizeBytes,
      String sha256,
      String url) {}

  /**
   * The bytes never change, but an image can be withdrawn (taken out of its article, the article
   * archived): caches keep it a day at most, then revalidate (a cheap 304 while it stays public).
   */
  private static final CacheControl PUBLIC = CacheControl.maxAge(Duration.ofDays(1)).cachePublic();

  private static final CacheControl STAFF_ONLY = CacheControl.noStore().cachePrivate();

  private final ImageService images;
  private final ImageRepository stored;

  public ImageController(ImageService images, ImageRepository stored) {
    this.images = images;
    this.stored = stored;
  }

  /** Editors: 201 with the image's id, format, dimensions and hash; 415 for anything else. */
  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public ResponseEntity<ImageResponse> upload(
      @RequestPart("file") MultipartFile file,
      @RequestParam(name = "alt", required = false) String alt,
      Actor actor)
      throws IOException {
    StoredImage image = images.upload(file.getBytes(), alt, actor.id());
    String url = "/api/content/images/" + image.id();
    return ResponseEntity.created(URI.create(url))
        .body(
            new ImageResponse(
                image.id(),
                image.mediaType(),
                image.width(),
                image.height(),
                image.sizeBytes(),
                image.sha256(),
                url));
  }

  /**
   * The bytes, with the type they were sniffed as. 304 when {@code If-None-Match} names the current
   * ETag. To the public, an image no published article uses does not exist (404).
   */
  @GetMapping("/{id}")
  public ResponseEntity<byte[]> file(@PathVariable UUID id, Actor actor, WebRequest request) {
    ImageHead head =
        stored
            .head(id, ArticleController.visibilityFor(actor))
            .orElseThrow(() -> new NotFoundException("Image", id));
    String etag = "\"" + head.sha256() + "\"";
    CacheControl caching = head.isPublic() ? PUBLIC : STAFF_ONLY;
    if (request.checkNotModified(etag)) {
      return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
          .eTag(etag)
          .cacheControl(caching)
          .build();
    }
    byte[] bytes = stored.bytes(id).orElseThrow(() -> new NotFoundException("Image", id));
    return ResponseEntity.ok()
        .eTag(etag)
        .cacheControl(caching)
        .contentType(MediaType.parseMediaType(head.mediaType()))
        .header("Content-Disposition", "inline")
        .body(bytes);
  }

  /** Editors and auditors: uploaded images newest first, or only those no article uses. */
  @GetMapping
  public List<ImageInfo> list(
      @RequestParam(defaultValue = "false") boolean unused,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
    return stored.list(unused, page, size);
  }

  /** Editors: deletes an image no article uses (204); 409 naming the articles that use it. */
  @DeleteMapping("/{id}")
  public ResponseEntity<Void> delete(@PathVariable UUID id) {
    if (!images.delete(id)) {
      throw new NotFoundException("Image", id);
    }
    return ResponseEntity.noContent().build();
  }

  static ProblemDetail tooLarge(String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, detail);
    problem.setType(URI.create("urn:cishan:problem:image-too-large"));
    return problem;
  }
}
