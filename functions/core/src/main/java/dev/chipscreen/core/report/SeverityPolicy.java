package dev.chipscreen.core.report;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;

/**
 * The configurable part of the severity model (a JSON file with these fields; absent ones keep
 * their defaults).
 *
 * @param partyAlertThreshold  party score from which a finding is an ALERT (default 0.85)
 * @param partyReviewThreshold party score from which it is reported for REVIEW (default 0.75; not below 0.75)
 * @param listedBankSeverity   severity of a listed party whose role is BANK (default MEDIUM: a payment channel)
 * @param chinaDestinationCritical whether a controlled chip bound for China, Hong Kong or Macau is CRITICAL (default true)
 */
public record SeverityPolicy(double partyAlertThreshold, double partyReviewThreshold, Severity listedBankSeverity,
                             boolean chinaDestinationCritical) {

  public static final SeverityPolicy DEFAULTS = new SeverityPolicy(0.85, 0.75, Severity.MEDIUM, true);

  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  public SeverityPolicy {
    if (partyReviewThreshold > partyAlertThreshold || partyAlertThreshold > 1 || partyReviewThreshold <= 0) {
      throw new IllegalArgumentException("thresholds must satisfy 0 < review <= alert <= 1, were review "
          + partyReviewThreshold + ", alert " + partyAlertThreshold);
    }
  }

  /** Reads a policy file; fields it leaves out keep their defaults. */
  public static SeverityPolicy load(InputStream in, String origin) throws IOException {
    try {
      return JSON.readerForUpdating(new Builder()).<Builder>readValue(in).build();
    } catch (IOException | IllegalArgumentException e) {
      throw new IOException(origin + ": not a valid severity policy: " + e.getMessage(), e);
    }
  }

  /** Mutable holder for reading a partial file over the defaults. */
  static final class Builder {
    public double partyAlertThreshold = DEFAULTS.partyAlertThreshold();
    public double partyReviewThreshold = DEFAULTS.partyReviewThreshold();
    public Severity listedBankSeverity = DEFAULTS.listedBankSeverity();
    public boolean chinaDestinationCritical = DEFAULTS.chinaDestinationCritical();

    SeverityPolicy build() {
      return new SeverityPolicy(partyAlertThreshold, partyReviewThreshold, listedBankSeverity, chinaDestinationCritical);
    }
  }
}
