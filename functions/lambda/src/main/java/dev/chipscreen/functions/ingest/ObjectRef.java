package dev.chipscreen.functions.ingest;

import java.util.Objects;

/**
 * One uploaded object, as an S3 notification names it.
 *
 * @param bucket    the bucket
 * @param key       the object key, URL-decoded
 * @param versionId the version (null on an unversioned bucket)
 * @param eTag      the ETag, which stands in for the version when there is none
 * @param size      bytes, as notified
 */
public record ObjectRef(String bucket, String key, String versionId, String eTag, long size) {
  public ObjectRef {
    Objects.requireNonNull(bucket, "bucket");
    Objects.requireNonNull(key, "key");
  }

  /** What makes two notifications the same upload: bucket, key and version (or ETag). */
  public String identity() {
    return bucket + "\n" + key + "\n" + (versionId != null ? versionId : eTag != null ? eTag : "");
  }
}
