package dev.chipscreen.core.report;

/** The diversion red flags a document can show (BIS guidance and the prosecuted cases). */
public enum RedFlagRule {
  /** Controlled items go to China, Hong Kong or Macau. */
  CHINA_DESTINATION,
  /** A hub outside China on the way while a party or place points to China. */
  TRANSSHIPMENT,
  /** A freight forwarder or logistics firm is the consignee or buyer. */
  FORWARDER_CONSIGNEE,
  /** Payment or a bank in a country where neither seller nor buyer is. */
  THIRD_COUNTRY_PAYMENT,
  /** A controlled chip declared under an HS heading that is not for GPUs, boards or servers. */
  HS_MISMATCH,
  /** A controlled chip declared at a unit value far below its price. */
  UNDERVALUED,
  /** The brand put on relabelled Nvidia GPUs in a prosecuted case. */
  RELABELLING
}
