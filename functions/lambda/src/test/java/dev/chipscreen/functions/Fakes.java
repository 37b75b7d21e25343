package dev.chipscreen.functions;

import dev.chipscreen.functions.ingest.AlertPublisher;
import dev.chipscreen.functions.ingest.DocumentStore;
import dev.chipscreen.functions.ingest.ObjectRef;
import dev.chipscreen.functions.notify.EmailSender;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** In-memory stand-ins for S3, SQS and SES, for the handlers' unit tests (LocalStack is for the ITs). */
final class Fakes {

  private Fakes() {
  }

  static final class Store implements DocumentStore {
    final Map<String, byte[]> objects = new ConcurrentHashMap<>();
    final List<String> puts = java.util.Collections.synchronizedList(new ArrayList<>());

    void seed(String bucket, String key, byte[] content) {
      objects.put(bucket + "/" + key, content);
      eTags.put(bucket + "/" + key, java.util.UUID.randomUUID().toString());
    }

    byte[] object(String bucket, String key) {
      return objects.get(bucket + "/" + key);
    }

    @Override
    public Fetched fetch(ObjectRef ref, long maxBytes) throws IOException {
      byte[] bytes = objects.get(ref.bucket() + "/" + ref.key());
      if (bytes == null) {
        throw new FileNotFoundException(ref.key());
      }
      return bytes.length > maxBytes ? new Fetched(null, bytes.length) : new Fetched(bytes, bytes.length);
    }

    @Override
    public synchronized void put(String bucket, String key, byte[] content, String contentType) {
      objects.put(bucket + "/" + key, content);
      eTags.put(bucket + "/" + key, java.util.UUID.randomUUID().toString());
      puts.add(key);
    }

    /** As S3: a new ETag per write; the conditional writes below are atomic, as S3's are. */
    final Map<String, String> eTags = new ConcurrentHashMap<>();

    @Override
    public synchronized Optional<String> putIfAbsent(String bucket, String key, byte[] content) {
      if (objects.containsKey(bucket + "/" + key)) {
        return Optional.empty();
      }
      put(bucket, key, content, "text/plain");
      return Optional.of(eTags.get(bucket + "/" + key));
    }

    @Override
    public synchronized Optional<String> putIfMatch(String bucket, String key, byte[] content, String eTag) {
      if (eTag == null || !eTag.equals(eTags.get(bucket + "/" + key))) {
        return Optional.empty();
      }
      put(bucket, key, content, "text/plain");
      return Optional.of(eTags.get(bucket + "/" + key));
    }

    @Override
    public Optional<byte[]> get(String bucket, String key) {
      return Optional.ofNullable(objects.get(bucket + "/" + key));
    }

    @Override
    public synchronized Optional<Versioned> getVersioned(String bucket, String key) {
      byte[] content = objects.get(bucket + "/" + key);
      return content == null ? Optional.empty() : Optional.of(new Versioned(content, eTags.get(bucket + "/" + key)));
    }
  }

  static final class Alerts implements AlertPublisher {
    final List<String> sent = new ArrayList<>();

    @Override
    public void publish(String alertJson, String alertId) {
      sent.add(alertJson);
    }
  }

  record Email(String from, List<String> to, String subject, String text, String html) {
  }

  static final class Mail implements EmailSender {
    final List<Email> sent = new ArrayList<>();
    boolean reject;

    @Override
    public void send(String from, List<String> to, String subject, String text, String html) throws IOException {
      if (reject) {
        throw new IOException("SES refused the e-mail: Email address not verified " + from);
      }
      sent.add(new Email(from, to, subject, text, html));
    }
  }
}
