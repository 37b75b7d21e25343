package dev.chipscreen.core.document;

import java.math.BigDecimal;
import java.util.List;

/**
 * A trade document as an analyst reads it: who, what, where to. Every field says the page and
 * the text it came from. Added to the report as {@code structured} (contract v1 unchanged).
 *
 * @param parties      parties with their roles, addresses and countries
 * @param route        where the goods go
 * @param transport    vessel and voyage, or flight
 * @param references   document numbers (B/L, invoice, AWB, PO) and dates
 * @param goods        goods lines
 * @param totalAmount  the document's total, when it states one
 * @param incoterms    e.g. "FCA Kuala Lumpur"
 * @param paymentTerms e.g. "T/T in advance via Hong Kong"
 */
public record TradeDocument(List<Party> parties, Route route, Transport transport, List<Field> references,
                            List<GoodsLine> goods, Field totalAmount, Field incoterms, Field paymentTerms) {

  public TradeDocument {
    parties = List.copyOf(parties);
    references = List.copyOf(references);
    goods = List.copyOf(goods);
  }

  /**
   * A value read from the document.
   *
   * @param name  what it is (e.g. "portOfLoading", "invoiceNumber")
   * @param value the value as written
   * @param page  1-based page
   * @param text  the line it was read from
   */
  public record Field(String name, String value, int page, String text) {
  }

  /**
   * A party block.
   *
   * @param role    the role its label gives it
   * @param name    the name line
   * @param address the lines after it
   * @param country ISO-2 code of the place named in the block, or null
   * @param page    1-based page
   */
  public record Party(PartyRole role, String name, String address, String country, int page) {
  }

  /**
   * Where the goods go; each part null when the document does not say.
   *
   * @param portOfLoading    port or airport of loading / departure
   * @param portOfDischarge  port or airport of discharge / destination
   * @param placeOfDelivery  place of delivery
   * @param finalDestination final destination / country of destination
   * @param countries        ISO-2 codes of the route's places, in that order, without repeats
   */
  public record Route(Field portOfLoading, Field portOfDischarge, Field placeOfDelivery, Field finalDestination,
                      List<String> countries) {
    public Route {
      countries = List.copyOf(countries);
    }
  }

  /**
   * The means of transport.
   *
   * @param vessel vessel name
   * @param voyage voyage number
   * @param flight flight number
   */
  public record Transport(Field vessel, Field voyage, Field flight) {
  }

  /**
   * One line of goods.
   *
   * @param description the goods as described
   * @param hsCode      the HS code on the line
   * @param quantity    units
   * @param unitPrice   price per unit
   * @param amount      line amount
   * @param currency    ISO currency
   * @param page        1-based page
   */
  public record GoodsLine(String description, String hsCode, Integer quantity, BigDecimal unitPrice, BigDecimal amount,
                          String currency, int page) {
  }
}
