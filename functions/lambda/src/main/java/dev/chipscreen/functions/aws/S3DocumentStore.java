package dev.chipscreen.functions.aws;

import dev.chipscreen.functions.ingest.DocumentStore;
import dev.chipscreen.functions.ingest.ObjectRef;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** {@link DocumentStore} on S3. Reports and claims are written with SSE-S3 encryption. */
public final class S3DocumentStore implements DocumentStore {

  private static final int PRECONDITION_FAILED = 412;
  private static final int NOT_FOUND = 404;
  private static final int CONFLICT = 409;

  private final S3Client s3;

  public S3DocumentStore(S3Client s3) {
    this.s3 = s3;
  }

  @Override
  public Fetched fetch(ObjectRef ref, long maxBytes) throws IOException {
    try {
      HeadObjectResponse head = s3.headObject(b -> b.bucket(ref.bucket()).key(ref.key()).versionId(ref.versionId()));
      long size = head.contentLength();
      if (size > maxBytes) {
        return new Fetched(null, size);
      }
      GetObjectRequest get = GetObjectRequest.builder().bucket(ref.bucket()).key(ref.key())
          .versionId(ref.versionId()).build();
      try (InputStream in = s3.getObject(get)) {
        // Read at most maxBytes + 1: the object could have grown since the HEAD.
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        return bytes.length > maxBytes ? new Fetched(null, bytes.length) : new Fetched(bytes, bytes.length);
      }
    } catch (NoSuchKeyException e) {
      throw new FileNotFoundException("s3://" + ref.bucket() + "/" + ref.key());
    } catch (S3Exception e) {
      if (e.statusCode() == NOT_FOUND) {
        throw new FileNotFoundException("s3://" + ref.bucket() + "/" + ref.key());
      }
      throw new IOException("reading s3://" + ref.bucket() + "/" + ref.key() + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void put(String bucket, String key, byte[] content, String contentType) throws IOException {
    try {
      s3.putObject(PutObjectRequest.builder().bucket(bucket).key(key).contentType(contentType)
          .serverSideEncryption("AES256").build(), RequestBody.fromBytes(content));
    } catch (S3Exception e) {
      throw new IOException("writing s3://" + bucket + "/" + key + ": " + e.getMessage(), e);
    }
  }

  @Override
  public Optional<String> putIfAbsent(String bucket, String key, byte[] content) throws IOException {
    try {
      return Optional.of(s3.putObject(PutObjectRequest.builder().bucket(bucket).key(key).ifNoneMatch("*")
          .contentType("text/plain").serverSideEncryption("AES256").build(), RequestBody.fromBytes(content)).eTag());
    } catch (S3Exception e) {
      // 409: another conditional write to the key is in flight (S3 answers ConditionalRequestConflict).
      if (e.statusCode() == PRECONDITION_FAILED || e.statusCode() == CONFLICT) {
        return Optional.empty();
      }
      throw new IOException("claiming s3://" + bucket + "/" + key + ": " + e.getMessage(), e);
    }
  }

  @Override
  public Optional<String> putIfMatch(String bucket, String key, byte[] content, String eTag) throws IOException {
    try {
      return Optional.of(s3.putObject(PutObjectRequest.builder().bucket(bucket).key(key).ifMatch(eTag)
          .contentType("text/plain").serverSideEncryption("AES256").build(), RequestBody.fromBytes(content)).eTag());
    } catch (NoSuchKeyException e) {
      return Optional.empty();
    } catch (S3Exception e) {
      if (e.statusCode() == PRECONDITION_FAILED || e.statusCode() == CONFLICT || e.statusCode() == NOT_FOUND) {
        return Optional.empty();
      }
      throw new IOException("updating the claim s3://" + bucket + "/" + key + ": " + e.getMessage(), e);
    }
  }

  @Override
  public Optional<Versioned> getVersioned(String bucket, String key) throws IOException {
    try {
      var response = s3.getObjectAsBytes(b -> b.bucket(bucket).key(key));
      return Optional.of(new Versioned(response.asByteArray(), response.response().eTag()));
    } catch (NoSuchKeyException e) {
      return Optional.empty();
    } catch (S3Exception e) {
      if (e.statusCode() == NOT_FOUND) {
        return Optional.empty();
      }
      throw new IOException("reading s3://" + bucket + "/" + key + ": " + e.getMessage(), e);
    }
  }

  @Override
  public Optional<byte[]> get(String bucket, String key) throws IOException {
    return getVersioned(bucket, key).map(Versioned::content);
  }
}
