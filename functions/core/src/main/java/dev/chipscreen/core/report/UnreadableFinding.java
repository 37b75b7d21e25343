package dev.chipscreen.core.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Objects;

/**
 * The document could not be screened. An unscreened shipment is a compliance gap, so this
 * finding alone makes the document MEDIUM.
 *
 * @param reason a short machine-readable cause, e.g. ENCRYPTED, CORRUPT, EMPTY, UNSUPPORTED_TYPE
 * @param detail what happened, in words an analyst can act on
 */
public record UnreadableFinding(String reason, String detail) implements Finding {
  public UnreadableFinding {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(detail, "detail");
  }

  @JsonIgnore
  @Override
  public Severity severity() {
    return Severity.MEDIUM;
  }
}
