package org.cishan.content.domain;

/** The image formats the news centre takes, known by their bytes, never by a name or header. */
public enum ImageFormat {
  JPEG("image/jpeg"),
  PNG("image/png"),
  WEBP("image/webp");

  private final String mediaType;

  ImageFormat(String mediaType) {
    this.mediaType = mediaType;
  }

  public String mediaType() {
    return mediaType;
  }

  public static ImageFormat ofMediaType(String mediaType) {
    for (ImageFormat format : values()) {
      if (format.mediaType.equals(mediaType)) {
        return format;
      }
    }
    throw new IllegalArgumentException("Not an image format of the news centre: " + mediaType);
  }
}
