package dev.chipscreen.core.alert;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Where the alert's reader finds the full report: the JSON report, its page, and (for S3) an AWS
 * console link to the page. No presigned URL by default: trade documents are confidential, and a
 * link that opens them without signing in travels with every forwarded e-mail; the console asks
 * the reader to sign in with their own access. A deployment may opt in to a short-lived one.
 *
 * @param report         the JSON report's location, e.g. s3://bucket/reports/x.pdf.report.json
 * @param page           the report page's location, or null when there is none
 * @param consoleUrl     an https link that opens the page's object in the AWS console, or null
 * @param signedUrl      a presigned link to the page, or null (the default)
 * @param signedMinutes  how long the presigned link works
 */
public record ReportLinks(String report, String page, String consoleUrl, String signedUrl, long signedMinutes) {

  public ReportLinks(String report, String page, String consoleUrl) {
    this(report, page, consoleUrl, null, 0);
  }

  /** These links with a presigned link to the page that works for {@code minutes}. */
  public ReportLinks withSignedUrl(String url, long minutes) {
    return new ReportLinks(report, page, consoleUrl, url, minutes);
  }

  static final String JSON_SUFFIX = ".report.json";
  static final String PAGE_SUFFIX = ".report.html";
  static final String CONSOLE = "https://console.aws.amazon.com/s3/object/";

  /** The links of a report stored in S3 at {@code jsonKey}; region may be null (the console then asks). */
  public static ReportLinks s3(String bucket, String jsonKey, String region) {
    String pageKey = pageKey(jsonKey);
    String console = CONSOLE + encode(bucket) + "?" + (region == null || region.isBlank() ? ""
        : "region=" + encode(region) + "&") + "prefix=" + encode(pageKey);
    return new ReportLinks("s3://" + bucket + "/" + jsonKey, "s3://" + bucket + "/" + pageKey, console);
  }

  /** The links for a location written as text: s3://bucket/key is linked; anything else is named as is. */
  public static ReportLinks parse(String location, String region) {
    if (location == null) {
      return null;
    }
    if (location.startsWith("s3://") && location.indexOf('/', 5) > 5) {
      int slash = location.indexOf('/', 5);
      return s3(location.substring(5, slash), location.substring(slash + 1), region);
    }
    return new ReportLinks(location, null, null);
  }

  /** reports/x.report.json is shown by reports/x.report.html. */
  public static String pageKey(String jsonKey) {
    return jsonKey.endsWith(JSON_SUFFIX)
        ? jsonKey.substring(0, jsonKey.length() - JSON_SUFFIX.length()) + PAGE_SUFFIX : jsonKey + PAGE_SUFFIX;
  }

  /** Query-string encoding with %20 for spaces: the console reads '+' in a prefix as a plus sign. */
  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
