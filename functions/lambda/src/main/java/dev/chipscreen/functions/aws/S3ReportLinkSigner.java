package dev.chipscreen.functions.aws;

import dev.chipscreen.functions.notify.ReportLinkSigner;
import java.time.Duration;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.s3.presigner.model.GetObjectPresignRequest;

/** Presigned S3 GET links, signed with the function's own credentials (so they die with its session too). */
public final class S3ReportLinkSigner implements ReportLinkSigner {

  private final S3Presigner presigner;

  public S3ReportLinkSigner(S3Presigner presigner) {
    this.presigner = presigner;
  }

  @Override
  public String sign(String bucket, String key, Duration validFor) {
    return presigner.presignGetObject(GetObjectPresignRequest.builder().signatureDuration(validFor)
        .getObjectRequest(GetObjectRequest.builder().bucket(bucket).key(key).build()).build()).url().toString();
  }
}
