package dev.chipscreen.functions.notify;

import java.time.Duration;

/** Makes a presigned GET link to an object: the e-mail's direct link to the report page, when a deployment opts in. */
@FunctionalInterface
public interface ReportLinkSigner {
  String sign(String bucket, String key, Duration validFor);
}
