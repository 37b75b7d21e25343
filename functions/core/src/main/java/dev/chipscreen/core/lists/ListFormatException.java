package dev.chipscreen.core.lists;

/** Thrown when a list file does not have the layout its source promises, or parses to nothing. */
public final class ListFormatException extends Exception {
  private static final long serialVersionUID = 1L;

  public ListFormatException(String message) {
    super(message);
  }

  public ListFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
