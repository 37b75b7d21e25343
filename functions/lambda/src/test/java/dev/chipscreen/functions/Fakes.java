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
    final List<String> puts = new ArrayList<>();

    void seed(String bucket, String key, byte[] content) {
      objects.put(bucket + "/" + key, content);
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
    public void put(String bucket, String key, byte[] content, String contentType) {
      objects.put(bucket + "/" + key, content);
      puts.add(key);
    }

    @Override
    public boolean putIfAbsent(String bucket, String key, byte[] content) {
      boolean absent = objects.putIfAbsent(bucket + "/" + key, content) == null;
      if (absent) {
        puts.add(key);
      }
      return absent;
    }

    @Override
    public Optional<byte[]> get(String bucket, String key) {
      return Optional.ofNullable(objects.get(bucket + "/" + key));
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
