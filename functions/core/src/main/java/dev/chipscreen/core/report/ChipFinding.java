package dev.chipscreen.core.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A controlled accelerator, board or system named in the document.
 *
 * @param model         the catalogue model name, e.g. "NVIDIA H100 SXM5"
 * @param vendor        the catalogue vendor
 * @param eccn          the export classification the catalogue gives the model
 * @param controlStatus the catalogue's control status for China
 * @param matchedText   the text as written in the document
 * @param page          1-based page (or part) of the document
 * @param offset        character offset of the match within that page's text
 * @param score         confidence in [0, 1]
 * @param reason        why it fired: the alias, and the context that confirmed it
 * @param quantity      units on the goods line, when the line gives them
 * @param unitValue     price per unit on the goods line, when the line gives it
 * @param currency      currency of unitValue
 * @param ocr           set when the page's text was read by OCR
 */
public record ChipFinding(String model, String vendor, String eccn, ControlStatus controlStatus, String matchedText,
                          int page, int offset, double score, String reason, Integer quantity,
                          BigDecimal unitValue, String currency, OcrRead ocr) implements Finding {

  public ChipFinding(String model, String vendor, String eccn, ControlStatus controlStatus, String matchedText, int page,
                     int offset, double score, String reason, Integer quantity, BigDecimal unitValue, String currency) {
    this(model, vendor, eccn, controlStatus, matchedText, page, offset, score, reason, quantity, unitValue, currency,
        null);
  }

  public ChipFinding {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(matchedText, "matchedText");
    Objects.requireNonNull(controlStatus, "controlStatus");
  }

  @JsonIgnore
  @Override
  public Severity severity() {
    // A model whose status is not settled is for review; a China-market variant is reported so that it is seen.
    return controlStatus.controlled() ? Severity.HIGH : Severity.LOW;
  }

  /** True when the model is export-controlled (see {@link ControlStatus#controlled()}). */
  @JsonIgnore
  public boolean controlled() {
    return controlStatus.controlled();
  }
}
