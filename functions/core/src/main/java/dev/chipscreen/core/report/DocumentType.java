package dev.chipscreen.core.report;

/** The kinds of trade document chipscreen tells apart (report contract v1). */
public enum DocumentType {
  BILL_OF_LADING, SEA_WAYBILL, AIR_WAYBILL, COMMERCIAL_INVOICE, PACKING_LIST, OTHER
}
