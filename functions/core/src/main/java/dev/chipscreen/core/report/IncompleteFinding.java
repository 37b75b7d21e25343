package dev.chipscreen.core.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Objects;

/**
 * Part of the document was screened and part was not (a limit was reached, an attachment
 * could not be read). What was read is screened as usual; what was not is named here, and,
 * being unscreened, is a compliance gap: MEDIUM, like an unreadable document.
 *
 * @param reason a short machine-readable cause, e.g. PAGE_LIMIT, CHAR_LIMIT, ATTACHMENT_UNREADABLE
 * @param detail what was left out
 */
public record IncompleteFinding(String reason, String detail) implements Finding {
  public IncompleteFinding {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(detail, "detail");
  }

  @JsonIgnore
  @Override
  public Severity severity() {
    return Severity.MEDIUM;
  }
}
