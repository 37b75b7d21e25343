package dev.chipscreen.core.document;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chipscreen.core.extract.Page;
import dev.chipscreen.core.report.DocumentType;
import dev.chipscreen.core.text.TextNormalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where goods go and what a document is, in layouts the labelled-field reader does not take:
 * columns joined by single spaces (as PDF text extraction gives them), headings over their
 * values, airport and port codes; titles below the top, letter-spaced titles, and documents
 * that are none of the five types. Written from real layouts, not from the development set.
 */
class RouteAndTypeTest {

  private static TradeDocument.Route route(String text) {
    return DocumentReader.read(List.of(new Page(1, text, ""))).route();
  }

  @Test
  void aRouteLabelInsideALine_isRead() {
    assertThat(route("Port of Loading Los Angeles, CA (LAX) Port of Discharge Hong Kong (HKG)\n").countries())
        .contains("HK");
    assertThat(route("Final Destination Shenzhen, China Carrier / Flight / UA 857\n").countries()).contains("CN");
  }

  @Test
  void aHeadingOverItsValues_isRead() {
    assertThat(route("PORT OF DISCHARGE PLACE OF DELIVERY\nSHANGHAI, CHINA SHANGHAI, CHINA\n").countries())
        .contains("CN");
    assertThat(route("PORT OF DISCHARGE        PLACE OF DELIVERY\nSINGAPORE                KOWLOON, HONG KONG\n")
        .placeOfDelivery().value()).contains("HONG KONG");
  }

  @Test
  void airportAndPortCodes_nameTheirPlaces() {
    assertThat(route("AIRPORT OF DESTINATION\nPVG\n").countries()).containsExactly("CN");
    assertThat(route("Port of discharge: HKHKG\n").countries()).containsExactly("HK");
    assertThat(route("Port of discharge: ROTTERDAM (NLRTM)\n").countries()).containsExactly("NL");
  }

  @Test
  void aLabelWrappedByANarrowCell_isRead() {
    // A form's label cell too narrow for its label: the last word drops to the next line.
    assertThat(route("""
        Port of Loading Oakland, CA (OAK) Port of Kaohsiung (TWKHH)
        Discharge
        """).portOfDischarge().value()).isEqualTo("Kaohsiung (TWKHH)");
    TradeDocument.Route wrapped = route("""
        Final Macau SAR Shipped per SEA
        Destination Vessel
        """);
    assertThat(wrapped.finalDestination().value()).startsWith("Macau");
    assertThat(wrapped.countries()).containsExactly("MO");
    // Two cells wrapped on one line: each label's rest, in order.
    TradeDocument.Route both = route("""
        Port of Singapore Place of Shenzhen, China
        Loading Delivery
        """);
    assertThat(both.portOfLoading().value()).isEqualTo("Singapore");
    assertThat(both.placeOfDelivery().value()).isEqualTo("Shenzhen, China");
  }

  @Test
  void twoWrappedCellsOnALine_andAColonAfterTheRest_areRead() {
    TradeDocument.Route both = route("""
        Port of   Singapore    Port of   Hong Kong
        Loading                Discharge
        """);
    assertThat(both.portOfLoading().value()).startsWith("Singapore");
    assertThat(both.portOfDischarge().value()).isEqualTo("Hong Kong");
    assertThat(route("Port of  Hong Kong\nDischarge:\n").portOfDischarge().value()).isEqualTo("Hong Kong");
  }

  @Test
  void anotherLabelsFirstWords_orProse_areNoWrappedRouteLabel() {
    // "Place of Receipt:" is a label of its own; "Delivery Agent" below is another field.
    TradeDocument.Route receipt = route("Place of Receipt: Shenzhen, China\nDelivery Agent: Hanse Logistics GmbH, Hamburg\n");
    assertThat(receipt.placeOfDelivery()).isNull();
    TradeDocument.Route origin = route("Country of Origin: China\nDestination Port: Hamburg, Germany\n");
    assertThat(origin.finalDestination()).isNull();
    assertThat(origin.countries()).containsExactly("DE");
    // Prose in lower case, and a next line that goes on as a sentence.
    assertThat(route("Goods stored at the port of Shanghai, now returned from bonded\nDestination to be confirmed.\n")
        .portOfDischarge()).isNull();
  }

  @Test
  void aLabelledRouteValueThatNamesNoPlace_givesWayToOneThatDoes() {
    TradeDocument.Route route = route("Destination: As per buyer instruction\nFinal Destination: Hong Kong\n");
    assertThat(route.finalDestination().value()).isEqualTo("Hong Kong");
    assertThat(route("AWB   Origin   Destination   Pieces   Weight\n").countries()).isEmpty();
  }

  @Test
  void theCarriersOrMakersSeat_isNoStopOnTheRoute() {
    TradeDocument document = DocumentReader.read(List.of(new Page(1, """
        AIR WAYBILL
        Shipper: Lion City Compute Pte. Ltd., 1 Changi Road, Singapore
        Consignee: Rhein Rechenzentrum GmbH, Hanauer Landstrasse 1, Frankfurt, Germany
        Carrier: Cathay Pacific Airways Ltd, Hong Kong
        Manufacturer: Lenovo (Beijing) Ltd., Beijing, China
        Airport of Departure: Singapore (SIN)   Airport of Destination: Frankfurt (FRA)
        """, "")));
    dev.chipscreen.core.report.ChipFinding h100 = new dev.chipscreen.core.report.ChipFinding("NVIDIA H100 SXM5",
        "NVIDIA", "3A090.a", dev.chipscreen.core.report.ControlStatus.CONTROLLED, "H100 SXM5", 1, 0, 0.97, "alias",
        8, null, null);
    assertThat(RedFlags.of(document, List.of(h100), ""))
        .extracting(f -> ((dev.chipscreen.core.report.RedFlagFinding) f).rule())
        .doesNotContain(dev.chipscreen.core.report.RedFlagRule.TRANSSHIPMENT,
            dev.chipscreen.core.report.RedFlagRule.CHINA_DESTINATION);
  }

  @Test
  void aLabelsFirstWordsWithoutItsRestBelow_readNothing() {
    assertThat(route("The final offer for Hong Kong stands\nuntil Friday\n").countries()).isEmpty();
    assertThat(route("Port of call Hong Kong\nDestination charges apply\n").portOfDischarge()).isNull();
  }

  @Test
  void aLabelWithNoPlace_readsNothing() {
    assertThat(route("Destination charges: USD 120.00 collect\n").countries()).isEmpty();
  }

  @Test
  void aTwoColumnBoxWithBracketedLabels_readsBothParties() {
    TradeDocument document = DocumentReader.read(List.of(new Page(1, """
        SHIPPER / EXPORTER                    CONSIGNEE (SHIP TO)
        Acme Compute Inc.                     Kowloon Data Trading Ltd.
        12 Main St, San Jose, CA, USA         8 Nathan Road, Kowloon, Hong Kong
        """, "")));
    assertThat(document.parties()).extracting(TradeDocument.Party::role, TradeDocument.Party::name)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(PartyRole.SHIPPER, "Acme Compute Inc."),
            org.assertj.core.groups.Tuple.tuple(PartyRole.CONSIGNEE, "Kowloon Data Trading Ltd."));
    assertThat(document.parties().get(1).country()).isEqualTo("HK");
  }

  private static DocumentType type(String text) {
    return DocumentClassifier.classify(TextNormalizer.fold(text));
  }

  @Test
  void documentsThatAreNoneOfTheFive_areOther() {
    assertThat(type("PROFORMA INVOICE\nNo. PI-1\nSeller: A\nBuyer: B\nUnit price  Amount\n"))
        .isEqualTo(DocumentType.OTHER);
    assertThat(type("PURCHASE ORDER\nPO No. 77\nVendor: A\nUnit price  Amount  Total amount\n"))
        .isEqualTo(DocumentType.OTHER);
    assertThat(type("SHIPPING INSTRUCTIONS\nShipper: A\nConsignee: B\nNotify party: C\nPort of loading: X\n"
        + "Port of discharge: Y\nVessel: Z\n")).isEqualTo(DocumentType.OTHER);
    assertThat(type("CARGO MANIFEST\nVessel: Z  Voyage: 1\nB/L No  Shipper  Consignee  Container No\n"))
        .isEqualTo(DocumentType.OTHER);
    // No title, but a table of shipments: one bill number, shipper and consignee per row.
    assertThat(type("Vessel/Voyage\tEVER ACE 12E\tPOL\tYANTIAN\nB/L No.\tShipper\tConsignee\tPackages\tHS Code\n"
        + "EGLV1\tA Ltd\tB GmbH\t3 CTNS\t8471.50\nEGLV2\tC Ltd\tD SA\t9 CTNS\t9403.20\n"))
        .isEqualTo(DocumentType.OTHER);
    // A bill of lading's own box heading names them on one line without cells.
    assertThat(type("SHIPPER B/L NO.\nAcme Inc. EGLV1\nCONSIGNEE\nB Ltd\nPORT OF LOADING\nPORT OF DISCHARGE\n"
        + "VESSEL\nFREIGHT PREPAID\nSHIPPED ON BOARD\n")).isEqualTo(DocumentType.BILL_OF_LADING);
  }

  @Test
  void aTitleClosingALineBelowTheTop_namesTheDocument() {
    String header = "SHIPPER WAYBILL NO.\n" + "Line of a long shipper block with its address and phone numbers\n".repeat(8);
    assertThat(type(header + "Galaxy Trading L.L.C. SEA WAYBILL\nShop 7, Deira NON-NEGOTIABLE\nConsignee: X\n"
        + "Port of loading: Y  Port of discharge: Z  Vessel: V  Voyage: 1\nFreight prepaid\nShipped on board\n"))
        .isEqualTo(DocumentType.SEA_WAYBILL);
  }

  @Test
  void aLetterSpacedTitle_isRead() {
    assertThat(type("C O M M E R C I A L   I N V O I C E\nSeller: A\n")).isEqualTo(DocumentType.COMMERCIAL_INVOICE);
  }
}
