package dev.chipscreen.functions.ingest;

import java.io.IOException;

/** Sends an alert message (JSON, contract in README) to the alerts queue. */
public interface AlertPublisher {
  void publish(String alertJson, String alertId) throws IOException;
}
