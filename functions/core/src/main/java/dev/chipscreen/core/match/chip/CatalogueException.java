package dev.chipscreen.core.match.chip;

/** Thrown when a catalogue file is malformed or inconsistent; the message names the entry and field. */
public final class CatalogueException extends Exception {
  private static final long serialVersionUID = 1L;

  public CatalogueException(String message) {
    super(message);
  }

  public CatalogueException(String message, Throwable cause) {
    super(message, cause);
  }
}
