package dev.chipscreen.core.report;

/**
 * A catalogue model's export-control status for China, and what a finding of it weighs: one
 * place that says which statuses are controlled, so no reader compares status strings.
 */
public enum ControlStatus {
  /** Over the 3A090/4A090 thresholds: a licence is required for China. */
  CONTROLLED(true),
  /** Below the thresholds but named in a licence requirement (e.g. the April 2025 H20 letters). */
  LICENCE_REQUIRED(true),
  /** Chinese-made accelerators whose use anywhere risks General Prohibition 10. */
  PRC_ORIGIN_GP10_RISK(true),
  /** The sources disagree or say too little: for an analyst to review. */
  UNVERIFIED(false),
  /** A server or board whose status is that of the GPUs fitted in it. */
  DEPENDS_ON_GPU(false),
  /** Under the thresholds on its parameters: reported only when made for the China market. */
  NOT_CONTROLLED_ON_PARAMETERS(false);

  private final boolean controlled;

  ControlStatus(boolean controlled) {
    this.controlled = controlled;
  }

  /** True when the model itself is export-controlled: its finding is HIGH, and CRITICAL with a listed party or China. */
  public boolean controlled() {
    return controlled;
  }
}
