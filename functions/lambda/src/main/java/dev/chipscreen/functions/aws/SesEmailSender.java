package dev.chipscreen.functions.aws;

import dev.chipscreen.functions.notify.EmailSender;
import java.io.IOException;
import java.util.List;
import software.amazon.awssdk.services.ses.SesClient;
import software.amazon.awssdk.services.ses.model.Content;
import software.amazon.awssdk.services.ses.model.SesException;

/**
 * Sends e-mail through SES (API v1, which community LocalStack implements). The subject and
 * bodies come from AlertEmailRenderer, already sanitised and escaped; SES encodes the headers.
 */
public final class SesEmailSender implements EmailSender {

  private final SesClient ses;

  public SesEmailSender(SesClient ses) {
    this.ses = ses;
  }

  @Override
  public void send(String from, List<String> to, String subject, String text, String html) throws IOException {
    try {
      ses.sendEmail(b -> b.source(from).destination(d -> d.toAddresses(to)).message(m -> m
          .subject(utf8(subject))
          .body(body -> body.text(utf8(text)).html(utf8(html)))));
    } catch (SesException e) {
      throw new IOException("SES refused the e-mail: " + e.awsErrorDetails().errorMessage(), e);
    }
  }

  private static Content utf8(String data) {
    return Content.builder().charset("UTF-8").data(data).build();
  }
}
