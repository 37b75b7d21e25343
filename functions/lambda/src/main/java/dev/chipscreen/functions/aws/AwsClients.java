package dev.chipscreen.functions.aws;

import java.net.URI;
import java.util.Map;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.ses.SesClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The SDK clients, built once per function instance. AWS_ENDPOINT_URL points them at LocalStack
 * (S3 then uses path-style addresses: LocalStack here runs without its DNS); on AWS it is unset.
 */
public record AwsClients(S3Client s3, SqsClient sqs, SesClient ses) {

  public static AwsClients from(Map<String, String> env) {
    Region region = region(env);
    String endpoint = env.get("AWS_ENDPOINT_URL");
    var http = UrlConnectionHttpClient.builder();
    var s3 = S3Client.builder().region(region).httpClientBuilder(http);
    var sqs = SqsClient.builder().region(region).httpClientBuilder(http);
    var ses = SesClient.builder().region(region).httpClientBuilder(http);
    if (endpoint != null && !endpoint.isBlank()) {
      URI uri = URI.create(endpoint);
      s3.endpointOverride(uri).forcePathStyle(true);
      sqs.endpointOverride(uri);
      ses.endpointOverride(uri);
    }
    return new AwsClients(s3.build(), sqs.build(), ses.build());
  }

  /** A presigner for the same region and endpoint: only built where a deployment asks for presigned links. */
  public static S3Presigner presigner(Map<String, String> env) {
    var presigner = S3Presigner.builder().region(region(env));
    String endpoint = env.get("AWS_ENDPOINT_URL");
    if (endpoint != null && !endpoint.isBlank()) {
      presigner.endpointOverride(URI.create(endpoint))
          .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build());
    }
    return presigner.build();
  }

  private static Region region(Map<String, String> env) {
    return Region.of(env.getOrDefault("AWS_REGION", env.getOrDefault("AWS_DEFAULT_REGION", "us-east-1")));
  }
}
