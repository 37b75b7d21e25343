package dev.chipscreen.core.document;

/**
 * The part a party plays in a shipment, as the document's labels say it. One type for every
 * reader: the structured parties, the role of a party finding and the red-flag rules all use it,
 * so a label read once means the same role everywhere.
 */
public enum PartyRole {
  SHIPPER,
  SELLER,
  CONSIGNEE,
  BUYER,
  NOTIFY_PARTY,
  FORWARDER,
  BANK,
  END_USER,
  MANUFACTURER,
  CARRIER;

  /** The roles that receive the goods or pay for them: where a diverted shipment ends up. */
  public boolean receives() {
    return this == CONSIGNEE || this == BUYER || this == NOTIFY_PARTY || this == END_USER;
  }
}
