package dev.chipscreen.core.samples;

import dev.chipscreen.core.testing.Fixtures;
import dev.chipscreen.core.testing.ScanFixtures;
import dev.chipscreen.core.testing.Fixtures.Attachment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the documents in samples/: realistic bills of lading, invoices, packing lists, an air
 * waybill and a forwarder's e-mail, some with a controlled chip or a listed party, some clean,
 * some unreadable. Run from the repository root with scripts/generate-samples.sh; the expected
 * outcome of each is in the CLI's test resource samples-expected.json, checked by SamplesTest.
 */
public final class GenerateSamples {

  private GenerateSamples() {
  }

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "samples");
    Files.createDirectories(dir);
    Files.write(dir.resolve("bl-hgx-h100-notify-inspur-hk.pdf"), Fixtures.pdf(List.of("""
        BILL OF LADING FOR OCEAN TRANSPORT OR MULTIMODAL TRANSPORT          B/L No. SGSZX2411087
        Shipper / Exporter:
          Northwind Compute Pte. Ltd., 71 Ayer Rajah Crescent #06-14, Singapore 139951
        Consignee:
          To order of Lucky Harbour Supply Chain Management Co., Ltd., Qianhai, Shenzhen, China
        Notify Party:
          Inspur (HK) Electronics Co., Limited, Billion Center, 1 Wang Kwong Road, Kowloon Bay, Hong Kong
        Vessel / Voyage: WAN HAI 316 / N118      Port of Loading: Singapore      Port of Discharge: Hong Kong
        Place of Delivery: Shenzhen, China       Freight: PREPAID
        Container No. / Seal No.   Marks     Description of goods                           Gross weight
        WHSU 5518820 / SG99124     N/M       2 PLTS said to contain computer parts           486.0 KGS
                                             NVIDIA HGX H100 8-GPU baseboard
                                             P/N 935-24287-0000-000, HS 8473.30
        SHIPPED ON BOARD 14 NOV 2025, SINGAPORE""", """
        BILL OF LADING (continued)                                          B/L No. SGSZX2411087
        Particulars furnished by the shipper. Carrier not responsible for description of goods.
        Total number of packages: TWO (2) PALLETS ONLY""")));
    Files.write(dir.resolve("invoice-a100-buyer-sophgo.pdf"), Fixtures.pdf(List.of("""
        COMMERCIAL INVOICE
        Invoice No.: MY-CI-25-0419            Date: 3 October 2025
        Seller: Tanjung Data Systems Sdn. Bhd., Jalan Teknologi 5, Cyberjaya, Selangor, Malaysia
        Buyer / Sold to: Sophgo Technologies Ltd., Building 6, Fenghao East Road, Haidian District, Beijing, China
        Ship to: Prime Lane Logistics (HK) Ltd, Kwai Chung, Hong Kong
        Incoterms: FCA Kuala Lumpur        Payment terms: T/T in advance via Hong Kong
        No.  Description                         HS code     Qty      Unit price      Amount
        1    NVIDIA A100 80GB PCIe GPU card      8473.30     40 PCS   USD 14,500.00   USD 580,000.00
        2    Server rail kit                     8473.30     10 PCS   USD 85.00       USD 850.00
        TOTAL AMOUNT: USD 580,850.00
        Bank: Example Commercial Bank (Hong Kong) Ltd, SWIFT EXCBHKHH""")));
    Files.write(dir.resolve("invoice-office-furniture-clean.pdf"), Fixtures.pdf(List.of("""
        COMMERCIAL INVOICE
        Invoice No.: 2025-11-2231             Date: 21 November 2025
        Seller: Nordic Seating AB, Industrigatan 4, 553 02 Jonkoping, Sweden
        Buyer: Brightwater Offices GmbH, Hafenstrasse 12, 20457 Hamburg, Germany
        Incoterms: DAP Hamburg               Payment terms: 30 days net
        No.  Description                         HS code     Qty      Unit price      Amount
        1    Ergonomic office chair, grey         9401.30     60 PCS   EUR 240.00      EUR 14,400.00
        2    Height-adjustable desk 160x80        9403.10     30 PCS   EUR 410.00      EUR 12,300.00
        TOTAL AMOUNT: EUR 26,700.00""")));
    Files.write(dir.resolve("packing-list-rtx4090d-not-controlled.xlsx"), Fixtures.xlsx(List.of(
        List.of("PACKING LIST", "", "", "", ""),
        List.of("Shipper: Golden Bay Components Trading (Taiwan) Co., Ltd., Taipei", "", "", "", ""),
        List.of("Consignee: Chengdu Pixel Arena Internet Cafe Chain Co., Ltd., Chengdu, China", "", "", "", ""),
        List.of("Carton", "Description", "Qty", "N.W. (kg)", "G.W. (kg)"),
        List.of("1-10", "GeForce RTX 4090D 24GB graphics card (China edition)", "20 PCS", "44.0", "52.0"),
        List.of("11-15", "GeForce RTX 4080 Super 16GB graphics card", "10 PCS", "19.5", "24.0"),
        List.of("Total", "15 cartons", "30 PCS", "63.5", "76.0"))));
    Files.write(dir.resolve("awb-mi300x-to-dubai-forwarder.docx"), Fixtures.docx("""
        AIR WAYBILL                               AWB No. 176-44829013
        Issuing carrier: Emirates SkyCargo
        Shipper: Lakeside Compute Inc., 2200 Mission College Blvd, Santa Clara, CA, USA
        Consignee: Falcon Crest Freight Forwarding FZE, Jebel Ali Free Zone, Dubai, UAE
        Airport of departure: SFO    Airport of destination: DXB    Flight: EK226 / 18 NOV 2025
        Nature and quantity of goods: 2 PCS, AMD Instinct MI300X OAM 192GB accelerator modules, 16 units
        Chargeable weight: 64 KG
        Declared value for customs: USD 240,000"""));
    Files.write(dir.resolve("invoice-zh-h20-buyer-biren.docx"), Fixtures.docx("""
        商业发票 COMMERCIAL INVOICE
        发票号 Invoice No.: HK-2025-7781     日期 Date: 2025-09-12
        卖方 Seller: Harbourfront Digital Supply Limited, 香港九龙观塘 Kwun Tong, Hong Kong
        买方 Buyer: Shanghai Biren Intelligent Technology Co., Ltd. 上海壁仞智能科技有限公司, 上海市浦东新区
        货物描述 Description: 英伟达 H20 96GB HBM3 GPU 加速卡 数量 Qty: 64 PCS 单价 Unit price: USD 12,000.00
        总金额 Total amount: USD 768,000.00
        付款方式 Payment terms: T/T"""));
    Files.write(dir.resolve("bl-hyundai-h100-van-parts-clean.pdf"), Fixtures.pdf(List.of("""
        BILL OF LADING                                                       B/L No. PUSMNL2510442
        Shipper: Daehan Auto Parts Co., Ltd., Busan, Korea
        Consignee: Manila Motorworks Supply Inc., Quezon City, Philippines
        Notify Party: Same as consignee
        Vessel / Voyage: SITC HAKATA / 2541S    Port of Loading: Busan    Port of Discharge: Manila
        Description of goods:
          Spare parts for Hyundai H100 van: brake pads, clutch kits, headlight assemblies
          HS 8708.30 / 8708.93 / 8512.20       120 cartons       2,340 KGS
        FREIGHT COLLECT""")));
    byte[] forwardedInvoice = Fixtures.pdf(List.of("""
        PROFORMA INVOICE   No. PI-KL-0092
        Seller: Apex Infra Solutions LLC, Austin, Texas, USA
        Buyer: Seri Kembangan Data Centre Sdn. Bhd., Selangor, Malaysia
        1  Dell PowerEdge XE9680 server, 8x NVIDIA H200 SXM 141GB   HS 8471.50   2 units   USD 310,000.00
        Payment: wire from Hong Kong account of the buyer's parent company"""));
    Files.write(dir.resolve("email-forwarder-xe9680-invoice.eml"), Fixtures.eml(
        "Docs for KUL shipment - PI-KL-0092",
        "Hi team,\r\nplease find the proforma invoice attached for the Kuala Lumpur consolidation.\r\nRegards,\r\nOps",
        List.of(new Attachment("PI-KL-0092.pdf", "application/pdf", forwardedInvoice))));
    // A scanner's "scan to PDF" of a paper bill of lading: no text layer, a page image turned 1.5 degrees with dust.
    byte[] paperBl = Fixtures.pdf(List.of("""
        BILL OF LADING                                                 B/L No. KHHHKG2511203
        Shipper: Formosa Server Integration Co., Ltd., Kaohsiung, Taiwan
        Consignee: Smartech Future Ltd, Wang Fai Industrial Building, Hong Kong
        Notify Party: Same as consignee
        Vessel / Voyage: YM UNANIMITY / 118N   Port of Loading: Kaohsiung   Port of Discharge: Hong Kong
        Description of goods: 4 PLTS said to contain server accessories
          AMD Instinct MI300X OAM 192GB accelerator modules, 32 PCS, HS 8473.30
        FREIGHT PREPAID               SHIPPED ON BOARD 21 NOV 2025"""));
    ScanFixtures.Scan scanner = new ScanFixtures.Scan(200, 1.5, 0.002, 0);
    Files.write(dir.resolve("scanned-bl-mi300x-consignee-smartech-hk.pdf"),
        ScanFixtures.imagePdf(ScanFixtures.scan(paperBl, scanner, 11), scanner.dpi()));
    Files.write(dir.resolve("invoice-password-protected.pdf"), Fixtures.encryptedPdf(List.of("""
        COMMERCIAL INVOICE
        NVIDIA H200 141GB x 16"""), "supplier-2025"));
  }
}
