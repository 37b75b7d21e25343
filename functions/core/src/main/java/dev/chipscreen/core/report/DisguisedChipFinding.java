package dev.chipscreen.core.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A goods line that describes an accelerator without naming one: vague words, a GPU HS heading,
 * a data-centre unit price. Lower confidence than a named model; MEDIUM on its own.
 *
 * @param matchedText the goods line as written
 * @param description the vague words that describe the goods
 * @param hsCode      the GPU HS heading on the line, when given
 * @param page        1-based page
 * @param offset      character offset of the line in the page's text
 * @param score       confidence in [0, 1]
 * @param reason      why it fired
 * @param unitValue   unit price on the line
 * @param currency    its currency
 * @param ocr         set when the page's text was read by OCR
 */
public record DisguisedChipFinding(String matchedText, String description, String hsCode, int page, int offset,
                                   double score, String reason, BigDecimal unitValue, String currency, OcrRead ocr)
    implements Finding {

  public DisguisedChipFinding(String matchedText, String description, String hsCode, int page, int offset,
                              double score, String reason, BigDecimal unitValue, String currency) {
    this(matchedText, description, hsCode, page, offset, score, reason, unitValue, currency, null);
  }

  public DisguisedChipFinding {
    Objects.requireNonNull(matchedText, "matchedText");
  }

  @JsonIgnore
  @Override
  public Severity severity() {
    return Severity.MEDIUM;
  }
}
