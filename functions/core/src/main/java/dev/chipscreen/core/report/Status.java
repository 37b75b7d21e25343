package dev.chipscreen.core.report;

/** Whether the document's text could be screened at all. */
public enum Status {
  /** Text was extracted and screened. */
  SCREENED,
  /** No text could be screened; the report's reason says why. Never silent: it raises its own alert. */
  UNREADABLE
}
