package dev.chipscreen.functions.notify;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.chipscreen.core.alert.AlertEmail;
import dev.chipscreen.core.alert.AlertEmailRenderer;
import dev.chipscreen.core.alert.ReportLinks;
import dev.chipscreen.core.report.ReportJson;
import dev.chipscreen.core.report.ScreeningReport;
import dev.chipscreen.core.report.Severity;
import dev.chipscreen.functions.alert.AlertMessage;
import dev.chipscreen.functions.alert.Alerts;
import dev.chipscreen.functions.ingest.Claims;
import dev.chipscreen.functions.ingest.DocumentStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Turns one alert message into one e-mail: reads the full report the alert points to, renders
 * it (sanitised subject, escaped HTML) and sends it to the recipients of its severity. A claim
 * per alert id keeps a redelivered message from sending the same e-mail twice; a failed send
 * releases the claim and fails the message, so SQS retries it and finally moves it to the DLQ.
 */
public final class NotifyService {

  static final String EMAIL_CLAIMS = "chipscreen/claims/email/";

  /** What happened to one alert. */
  public enum Outcome { SENT, DUPLICATE, NO_RECIPIENTS }

  /** The alert message is not valid: it can never be sent. */
  public static final class BadAlert extends Exception {
    private static final long serialVersionUID = 1L;

    public BadAlert(String message) {
      super(message);
    }
  }

  private final DocumentStore store;
  private final EmailSender sender;
  private final Claims claims;
  private final String from;
  private final Recipients recipients;
  private final String region;
  private final ReportLinkSigner signer;
  private final java.time.Duration linkValidFor;

  public NotifyService(DocumentStore store, EmailSender sender, Claims claims, String from, Recipients recipients) {
    this(store, sender, claims, from, recipients, null, null, java.time.Duration.ZERO);
  }

  /**
   * As above; {@code region} (the bucket's, or null) goes into the e-mail's console link to the
   * report page, and {@code signer}, when not null, adds a presigned link valid for {@code linkValidFor}.
   */
  public NotifyService(DocumentStore store, EmailSender sender, Claims claims, String from, Recipients recipients,
                       String region, ReportLinkSigner signer, java.time.Duration linkValidFor) {
    this.region = region;
    this.signer = signer;
    this.linkValidFor = linkValidFor;
    this.store = store;
    this.sender = sender;
    this.claims = claims;
    this.from = from;
    this.recipients = recipients;
  }

  public Outcome notify(String alertJson) throws IOException, BadAlert {
    AlertMessage alert;
    try {
      alert = Alerts.fromJson(alertJson);
    } catch (JsonProcessingException e) {
      // Jackson's own message quotes the input, and an alert carries party names and matched text:
      // the error that reaches the logs says only what kind of error and where.
      String where = e instanceof com.fasterxml.jackson.databind.JsonMappingException mapping
          ? mapping.getPathReference()
          : e.getLocation() == null ? "?" : "line " + e.getLocation().getLineNr() + ", column "
              + e.getLocation().getColumnNr();
      throw new BadAlert("not an alert message: " + e.getClass().getSimpleName() + " at " + where);
    }
    if (alert.schemaVersion() != AlertMessage.SCHEMA_VERSION || alert.alertId() == null || alert.bucket() == null) {
      throw new BadAlert("unsupported alert message (schemaVersion " + alert.schemaVersion() + ")");
    }
    List<String> to = recipients.forSeverity(Severity.parse(alert.severity()));
    if (to.isEmpty()) {
      return Outcome.NO_RECIPIENTS;
    }
    String claimKey = EMAIL_CLAIMS + alert.alertId();
    Claims.Claim claim = claims.claim(alert.bucket(), claimKey);
    if (claim.outcome() == Claims.Outcome.ALREADY_DONE) {
      return Outcome.DUPLICATE;
    }
    if (claim.outcome() == Claims.Outcome.IN_PROGRESS) {
      throw new IOException("alert " + alert.alertId() + " is being sent now");
    }
    try {
      AlertEmail email = AlertEmailRenderer.render(report(alert), links(alert));
      sender.send(from, to, email.subject(), email.text(), email.html());
      claims.done(claim);
      return Outcome.SENT;
    } catch (IOException | RuntimeException e) {
      claims.release(claim);
      throw e;
    }
  }

  private ReportLinks links(AlertMessage alert) {
    ReportLinks links = ReportLinks.parse(alert.reportLocation(), region);
    if (signer == null || links == null || links.page() == null) {
      return links;
    }
    String pageKey = links.page().substring(("s3://" + alert.bucket() + "/").length());
    return links.withSignedUrl(signer.sign(alert.bucket(), pageKey, linkValidFor), linkValidFor.toMinutes());
  }

  private ScreeningReport report(AlertMessage alert) throws IOException, BadAlert {
    String prefix = "s3://" + alert.bucket() + "/";
    if (alert.reportLocation() == null || !alert.reportLocation().startsWith(prefix)) {
      throw new BadAlert("report location " + alert.reportLocation() + " is not in the alert's bucket");
    }
    Optional<byte[]> json = store.get(alert.bucket(), alert.reportLocation().substring(prefix.length()));
    if (json.isEmpty()) {
      throw new IOException("report " + alert.reportLocation() + " not found");
    }
    return ReportJson.fromJson(new String(json.get(), StandardCharsets.UTF_8));
  }
}
