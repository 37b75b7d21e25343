package dev.chipscreen.functions.aws;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The functions' list store is an S3 prefix with the same layout as the CLI's folder store. At
 * init it is copied to a local folder and loaded from there; a refresh uploads the changed files
 * and the manifest last, so a reader never sees a manifest that names a file not yet written.
 */
public final class S3ListStoreSync {

  private static final String MANIFEST = "manifest.json";

  private final S3Client s3;
  private final String bucket;
  private final String prefix;

  public S3ListStoreSync(S3Client s3, String bucket, String prefix) {
    this.s3 = s3;
    this.bucket = bucket;
    this.prefix = prefix.endsWith("/") ? prefix : prefix + "/";
  }

  /** Copies the store to {@code dir}; returns false when the prefix holds no manifest (no lists installed). */
  public boolean download(Path dir) throws IOException {
    List<S3Object> objects = s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix)).contents().stream()
        .toList();
    boolean manifest = false;
    for (S3Object object : objects) {
      String relative = object.key().substring(prefix.length());
      Path target = dir.resolve(relative).normalize();
      // A key ending in '/' is a "folder" made in the console: nothing to copy, and written as a
      // file it would block the directory of the same name that the next key needs.
      if (relative.isEmpty() || relative.endsWith("/") || !target.startsWith(dir)) {
        continue;
      }
      Files.createDirectories(target.getParent());
      Files.write(target, s3.getObjectAsBytes(b -> b.bucket(bucket).key(object.key())).asByteArray());
      manifest |= relative.equals(MANIFEST);
    }
    return manifest;
  }

  /** Uploads every file of the local store, the manifest last. */
  public void upload(Path dir) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).toList();
    }
    for (Path file : files) {
      if (!file.getFileName().toString().equals(MANIFEST)) {
        put(dir, file);
      }
    }
    Path manifest = dir.resolve(MANIFEST);
    if (Files.exists(manifest)) {
      put(dir, manifest);
    }
  }

  private void put(Path dir, Path file) throws IOException {
    String key = prefix + dir.relativize(file).toString().replace('\\', '/');
    s3.putObject(b -> b.bucket(bucket).key(key).serverSideEncryption("AES256"), RequestBody.fromFile(file));
  }
}
