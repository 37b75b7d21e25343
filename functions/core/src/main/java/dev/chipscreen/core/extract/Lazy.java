package dev.chipscreen.core.extract;

import java.util.function.Supplier;

/**
 * A value built on first use, once, whichever thread asks first: Tika's detector and parsers
 * cost a cold start that a run of PDFs never needs.
 */
final class Lazy<T> {

  private final Supplier<T> make;
  private volatile T value;

  Lazy(Supplier<T> make) {
    this.make = make;
  }

  T get() {
    T local = value;
    if (local == null) {
      synchronized (this) {
        local = value;
        if (local == null) {
          value = local = make.get();
        }
      }
    }
    return local;
  }
}
