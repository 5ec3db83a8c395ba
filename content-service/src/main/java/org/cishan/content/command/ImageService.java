package org.cishan.content.command;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.cishan.content.domain.ImageSniffer;
import org.cishan.content.domain.InvalidArticleException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Uploads and deletes images. An upload is stored only if its bytes are a JPEG, PNG or WebP image
 * ({@link ImageSniffer}) within the size limit; its dimensions and SHA-256 are recorded. An image
 * any article uses is never deleted.
 */
@Service
public class ImageService {

  public static final int MAX_ALT_TEXT = 300;

  /** An image as stored. */
  public record StoredImage(
      UUID id, String mediaType, int width, int height, int sizeBytes, String sha256) {}

  private final ImageStore images;
  private final Clock clock;
  private final long maxBytes;

  public ImageService(
      ImageStore images, Clock clock, @Value("${cishan.content.image-max-size}") DataSize maxSize) {
    this.images = images;
    this.clock = clock;
    this.maxBytes = maxSize.toBytes();
  }

  @Transactional
  public StoredImage upload(byte[] bytes, String altText, String by) {
    if (bytes.length > maxBytes) {
      throw new ImageTooLargeException(maxBytes);
    }
    if (altText != null && altText.length() > MAX_ALT_TEXT) {
      throw new InvalidArticleException("alt", "has at most " + MAX_ALT_TEXT + " characters");
    }
    ImageSniffer.Sniffed sniffed = ImageSniffer.sniff(bytes);
    UUID id = UUID.randomUUID();
    String sha256 = sha256(bytes);
    images.insert(
        id,
        sniffed,
        bytes,
        sha256,
        altText == null || altText.isBlank() ? null : altText.strip(),
        by,
        clock.instant().truncatedTo(ChronoUnit.MICROS));
    return new StoredImage(
        id, sniffed.format().mediaType(), sniffed.width(), sniffed.height(), bytes.length, sha256);
  }

  /**
   * Deletes an image no article uses.
   *
   * @return false when there is no such image
   */
  @Transactional
  public boolean delete(UUID id) {
    if (!images.lock(id)) {
      return false;
    }
    List<UUID> users = images.articlesUsing(id);
    if (!users.isEmpty()) {
      throw new ArticleConflictException(
          "image-in-use", "The image is used by the articles " + users + "; it is kept");
    }
    images.delete(id);
    return true;
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JVM has SHA-256", e);
    }
  }
}
