package dev.chipscreen.functions.notify;

import java.io.IOException;
import java.util.List;

/** Sends one e-mail: SES in production, a recorder in unit tests. */
public interface EmailSender {
  void send(String from, List<String> to, String subject, String text, String html) throws IOException;
}
