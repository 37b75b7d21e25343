package dev.chipscreen.functions.ingest;

import java.io.IOException;
import java.util.Optional;

/** Where documents are read and reports, claims and markers written: S3 in production, a map in unit tests. */
public interface DocumentStore {

  /** The object's bytes, or empty when it holds more than {@code maxBytes} (only its size is then known). */
  Fetched fetch(ObjectRef ref, long maxBytes) throws IOException;

  /** The fetched object: its bytes, or only its size when too large to fetch. */
  record Fetched(byte[] bytes, long size) {
    public boolean tooLarge() {
      return bytes == null;
    }
  }

  void put(String bucket, String key, byte[] content, String contentType) throws IOException;

  /** Writes only if no object exists at the key (S3 If-None-Match: *): the new ETag, or empty when one does. */
  Optional<String> putIfAbsent(String bucket, String key, byte[] content) throws IOException;

  /**
   * Writes only if the object at the key still has {@code eTag} (S3 If-Match): the new ETag, or
   * empty when it changed or is gone.
   */
  Optional<String> putIfMatch(String bucket, String key, byte[] content, String eTag) throws IOException;

  Optional<byte[]> get(String bucket, String key) throws IOException;

  /** An object's content with its ETag, for a write conditional on it. */
  record Versioned(byte[] content, String eTag) {
  }

  Optional<Versioned> getVersioned(String bucket, String key) throws IOException;
}
