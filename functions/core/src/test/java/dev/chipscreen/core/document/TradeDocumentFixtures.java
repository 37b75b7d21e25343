package dev.chipscreen.core.document;

import dev.chipscreen.core.report.DocumentType;
import dev.chipscreen.core.report.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Trade documents written the ways real ones are: every document type, in English and in Chinese
 * (bilingual labels), in three layouts, with the truth of each field kept beside the text.
 */
final class TradeDocumentFixtures {

  enum Layout { LABEL_VALUE, TWO_COLUMN_BOX, LABEL_ON_TOP }

  enum Language { EN, ZH }

  /** What a fixture ships, and so what its report must say. */
  enum Scenario {
    CLEAN_TO_GERMANY(Severity.NONE), CHIP_TO_GERMANY(Severity.HIGH), CHIP_TO_CHINA_VIA_SINGAPORE(Severity.CRITICAL);

    final Severity severity;

    Scenario(Severity severity) {
      this.severity = severity;
    }
  }

  record Fixture(String id, DocumentType type, Language language, Layout layout, Scenario scenario, String text,
                 Map<String, String> truth) {
  }

  private TradeDocumentFixtures() {
  }

  static List<Fixture> all() {
    List<Fixture> fixtures = new ArrayList<>();
    int n = 0;
    for (DocumentType type : List.of(DocumentType.BILL_OF_LADING, DocumentType.SEA_WAYBILL, DocumentType.AIR_WAYBILL,
        DocumentType.COMMERCIAL_INVOICE, DocumentType.PACKING_LIST)) {
      for (Language language : Language.values()) {
        for (Layout layout : Layout.values()) {
          Scenario scenario = Scenario.values()[n++ % Scenario.values().length];
          fixtures.add(build(type, language, layout, scenario));
        }
      }
    }
    return fixtures;
  }

  private static String title(DocumentType type, Language lang) {
    return switch (type) {
      case BILL_OF_LADING -> lang == Language.EN ? "BILL OF LADING" : "海运提单 BILL OF LADING";
      case SEA_WAYBILL -> lang == Language.EN ? "NON-NEGOTIABLE SEA WAYBILL" : "海运单";
      case AIR_WAYBILL -> lang == Language.EN ? "AIR WAYBILL" : "航空运单";
      case COMMERCIAL_INVOICE -> lang == Language.EN ? "COMMERCIAL INVOICE" : "商业发票";
      case PACKING_LIST -> lang == Language.EN ? "PACKING LIST" : "装箱单";
      default -> throw new IllegalArgumentException(type.name());
    };
  }

  private static Fixture build(DocumentType type, Language lang, Layout layout, Scenario scenario) {
    boolean zh = lang == Language.ZH;
    boolean chip = scenario != Scenario.CLEAN_TO_GERMANY;
    boolean china = scenario == Scenario.CHIP_TO_CHINA_VIA_SINGAPORE;
    boolean invoice = type == DocumentType.COMMERCIAL_INVOICE || type == DocumentType.PACKING_LIST;
    boolean air = type == DocumentType.AIR_WAYBILL;

    String fromRole = invoice ? "SELLER" : "SHIPPER";
    String toRole = invoice ? "BUYER" : "CONSIGNEE";
    String fromLabel = invoice ? (zh ? "卖方 Seller" : "Seller") : (zh ? "发货人 Shipper" : "Shipper");
    String toLabel = invoice ? (zh ? "买方 Buyer" : "Buyer") : (zh ? "收货人 Consignee" : "Consignee");
    String fromName = "Northwind Compute Pte. Ltd.";
    String fromAddress = zh ? "新加坡 71 Ayer Rajah Crescent, Singapore 139951" : "71 Ayer Rajah Crescent, Singapore 139951";
    String toName = china ? (zh ? "深圳市星河电子有限公司" : "Shenzhen Starriver Electronics Co., Ltd.")
        : "Brightwater Computing GmbH";
    String toAddress = china ? (zh ? "深圳市南山区科技园 Shenzhen, China" : "Nanshan District, Shenzhen, China")
        : "Hafenstrasse 12, 20457 Hamburg, Germany";
    String toCountry = china ? "CN" : "DE";
    String loading = air ? "Singapore (SIN)" : "Singapore";
    String discharge = china ? (air ? "Hong Kong (HKG)" : "Hong Kong") : (air ? "Hamburg (HAM)" : "Hamburg");
    String dischargeCountry = china ? "HK" : "DE";
    String numberLabel = switch (type) {
      case AIR_WAYBILL -> zh ? "运单号 AWB No." : "AWB No.";
      case COMMERCIAL_INVOICE -> zh ? "发票号 Invoice No." : "Invoice No.";
      case PACKING_LIST -> zh ? "装箱单号 Packing List No." : "Packing List No.";
      default -> zh ? "提单号 B/L No." : "B/L No.";
    };
    String number = switch (type) {
      case AIR_WAYBILL -> "176-44829013";
      case COMMERCIAL_INVOICE -> "MY-CI-25-0419";
      case PACKING_LIST -> "PL-2025-118";
      default -> "SGSZX2411087";
    };
    String goods = chip ? (zh ? "英伟达 NVIDIA H100 80GB PCIe GPU 显卡" : "NVIDIA H100 80GB PCIe GPU")
        : (zh ? "办公椅 Ergonomic office chair" : "Ergonomic office chair");
    String hs = chip ? "8473.30" : "9401.30";
    String qty = chip ? "8" : "60";
    String unit = chip ? "USD 25,000.00" : "USD 240.00";
    String amount = chip ? "USD 200,000.00" : "USD 14,400.00";

    Map<String, String> truth = new LinkedHashMap<>();
    truth.put("type", type.name());
    truth.put(fromRole + ".name", fromName);
    truth.put(fromRole + ".country", "SG");
    truth.put(toRole + ".name", toName);
    truth.put(toRole + ".country", toCountry);
    truth.put("portOfLoading", loading);
    truth.put("portOfDischarge", discharge);
    truth.put("dischargeCountry", dischargeCountry);
    truth.put("reference", number);
    truth.put("goods.description", chip ? "H100" : "office chair");
    truth.put("goods.hsCode", hs);
    truth.put("goods.quantity", qty);
    if (air) {
      truth.put("flight", "EK226");
    } else {
      truth.put("vessel", "WAN HAI 316");
      truth.put("voyage", "N118");
    }
    if (type == DocumentType.COMMERCIAL_INVOICE) {
      truth.put("incoterms", "FCA");
      truth.put("paymentTerms", "T/T");
    }

    String loadLabel = air ? (zh ? "始发站 Airport of Departure" : "Airport of Departure")
        : (zh ? "装货港 Port of Loading" : "Port of Loading");
    String dischargeLabel = air ? (zh ? "目的站 Airport of Destination" : "Airport of Destination")
        : (zh ? "卸货港 Port of Discharge" : "Port of Discharge");
    String transportLine = air ? (zh ? "航班 Flight: EK226 / 18 NOV 2025" : "Flight: EK226 / 18 NOV 2025")
        : (zh ? "船名 Vessel: WAN HAI 316\n航次 Voyage: N118" : "Vessel: WAN HAI 316\nVoyage: N118");
    StringBuilder text = new StringBuilder(title(type, lang)).append("\n");
    text.append(numberLabel).append(": ").append(number).append("      ").append(zh ? "日期 Date" : "Date")
        .append(": 2025-11-14\n");
    switch (layout) {
      case LABEL_VALUE -> {
        text.append(fromLabel).append(": ").append(fromName).append(", ").append(fromAddress).append("\n");
        text.append(toLabel).append(": ").append(toName).append(", ").append(toAddress).append("\n");
        if (!invoice) {
          text.append(zh ? "通知人 Notify Party" : "Notify Party").append(": Same as consignee\n");
        }
        text.append(loadLabel).append(": ").append(loading).append("\n");
        text.append(dischargeLabel).append(": ").append(discharge).append("\n");
        text.append(transportLine).append("\n");
        text.append(zh ? "货物描述 Description" : "Description").append(": ").append(goods).append(", HS ").append(hs)
            .append(", ").append(qty).append(" PCS, ").append(unit).append(", ").append(amount).append("\n");
      }
      case TWO_COLUMN_BOX -> {
        text.append(pad(fromLabel.toUpperCase(java.util.Locale.ROOT))).append(toLabel.toUpperCase(java.util.Locale.ROOT))
            .append("\n");
        text.append(pad(fromName)).append(toName).append("\n");
        text.append(pad(fromAddress)).append(toAddress).append("\n\n");
        text.append(pad(loadLabel)).append(dischargeLabel).append("\n");
        text.append(pad(loading)).append(discharge).append("\n\n");
        text.append(transportLine).append("\n\n");
        text.append(goodsTable(zh, goods, hs, qty, unit, amount));
      }
      case LABEL_ON_TOP -> {
        text.append(fromLabel).append(":\n  ").append(fromName).append("\n  ").append(fromAddress).append("\n\n");
        text.append(toLabel).append(":\n  ").append(toName).append("\n  ").append(toAddress).append("\n\n");
        text.append(loadLabel).append(":\n  ").append(loading).append("\n");
        text.append(dischargeLabel).append(":\n  ").append(discharge).append("\n\n");
        text.append(transportLine).append("\n\n");
        text.append(goodsTable(zh, goods, hs, qty, unit, amount));
      }
      default -> throw new IllegalStateException();
    }
    if (type == DocumentType.COMMERCIAL_INVOICE) {
      text.append(zh ? "贸易条款 Incoterms" : "Incoterms").append(": FCA Singapore\n");
      text.append(zh ? "付款方式 Payment terms" : "Payment terms").append(": T/T 30 days\n");
      text.append(zh ? "总金额 Total amount" : "TOTAL AMOUNT").append(": ").append(amount).append("\n");
    }
    if (type == DocumentType.PACKING_LIST) {
      text.append(zh ? "毛重 Gross weight: 48 KG   净重 Net weight: 40 KG   箱数 Cartons: 2\n"
          : "Gross weight: 48 KG   Net weight: 40 KG   Cartons: 2\n");
    }
    if (!invoice && !air) {
      text.append(zh ? "运费预付 FREIGHT PREPAID   集装箱号 Container No. WHSU 5518820\n"
          : "FREIGHT PREPAID   Container No. WHSU 5518820   Seal No. SG99124\n");
    }
    if (air) {
      text.append(zh ? "计费重量 Chargeable weight: 64 KG\n" : "Chargeable weight: 64 KG   Issuing carrier: Emirates\n");
    }
    String id = type.name().toLowerCase(java.util.Locale.ROOT) + "-" + lang.name().toLowerCase(java.util.Locale.ROOT)
        + "-" + layout.name().toLowerCase(java.util.Locale.ROOT);
    return new Fixture(id, type, lang, layout, scenario, text.toString(), truth);
  }

  private static String goodsTable(boolean zh, String goods, String hs, String qty, String unit, String amount) {
    String header = zh ? "序号  货物描述 Description                      HS编码     数量      单价            金额"
        : "No.  Description                                 HS code    Qty       Unit price      Amount";
    return header + "\n1    " + String.format(java.util.Locale.ROOT, "%-44s", goods) + hs + "    " + qty + " PCS    "
        + unit + "   " + amount + "\n";
  }

  private static String pad(String text) {
    return String.format(java.util.Locale.ROOT, "%-50s", text);
  }
}
