package dev.chipscreen.core.extract;

import java.util.Objects;

/**
 * Thrown when a document yields no text that can be screened. The report becomes UNREADABLE
 * with this reason, and raises an alert of its own.
 */
public final class UnreadableDocumentException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Causes, as they appear in reports. */
  public enum Reason {
    /** Zero bytes. */
    EMPTY,
    /** More bytes than {@code Limits.maxDocumentBytes}. */
    TOO_LARGE,
    /** Password-protected: the text cannot be read without the password. */
    ENCRYPTED,
    /** The bytes claim a format but do not parse as it. */
    CORRUPT,
    /** A format chipscreen does not read (archives, executables, HEIC without a decoder, ...). */
    UNSUPPORTED_TYPE,
    /** Parsed, but no text: a text layer is absent and OCR, where it ran, read nothing. */
    NO_TEXT,
    /** A scan or an image, and OCR is not enabled where it was screened (the ingest function hands these on). */
    NEEDS_OCR,
    /** A scan or an image whose OCR failed or ran out of time on every page. */
    OCR_FAILED,
    /** The parse ran past its time limit and was abandoned. */
    TIMEOUT
  }

  private final Reason reason;

  public UnreadableDocumentException(Reason reason, String detail) {
    this(reason, detail, null);
  }

  public UnreadableDocumentException(Reason reason, String detail, Throwable cause) {
    super(detail, cause);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  public Reason reason() {
    return reason;
  }
}
