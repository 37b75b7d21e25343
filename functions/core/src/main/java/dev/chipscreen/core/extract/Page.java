package dev.chipscreen.core.extract;

import java.util.Objects;

/**
 * The text of one page (PDF) or one part (any other file, or an attachment).
 *
 * @param number 1-based, in reading order across the document and its attachments
 * @param text   the extracted text, not yet normalised
 * @param source where the text came from: "" for the document itself, else e.g. "attachment invoice.pdf, page 2"
 */
public record Page(int number, String text, String source) {
  public Page {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
    if (number < 1) {
      throw new IllegalArgumentException("page numbers start at 1, was " + number);
    }
  }
}
