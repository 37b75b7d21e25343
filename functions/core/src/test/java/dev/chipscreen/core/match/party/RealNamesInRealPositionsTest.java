package dev.chipscreen.core.match.party;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chipscreen.core.Limits;
import dev.chipscreen.core.Screener;
import dev.chipscreen.core.match.chip.ChipCatalogue;
import dev.chipscreen.core.report.PartyFinding;
import dev.chipscreen.core.report.ScreeningReport;
import dev.chipscreen.core.testing.SharedLists;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hard positives: real listed names, written the ways trade documents and e-mails write them, in
 * the places parties stand (after labels with fillers, under headings, split over lines, in upper
 * case without punctuation, as an alias or a bracketed initialism, "Hongkong", a typo, an address
 * abroad, in a sentence) screened against the real lists. The precision rules must not cost these.
 * Also the false alerts a hostile review found, which must stay silent.
 */
class RealNamesInRealPositionsTest {

  static final double MIN_RECALL = 0.95;

  private static final Screener SCREENER = new Screener(Limits.DEFAULTS, ChipCatalogue.bundled(), SharedLists.all(),
      Clock.systemUTC());

  /** Text, then a word the listed name of the finding (or one of its candidates) must contain. */
  private static final String[][] POSITIVES = {
      {"Consignee: Huawei", "HUAWEI"},
      {"Consignee:\nHuawei\nTechnologies Co., Ltd.\nShenzhen, China", "HUAWEI"},
      {"Consignee: Huawei, Shenzhen, China", "HUAWEI"},
      {"MESSRS HUAWEI TECHNOLOGIES CO., LTD.\nSHENZHEN, CHINA", "HUAWEI"},
      {"Buyer Name Huawei Technologies", "HUAWEI"},
      {"Consignee (name and address)\n\nHuawei Technologies\nShenzhen China", "HUAWEI"},
      {"CONSIGNEE\nCompany name\nHuawei Technologies", "HUAWEI"},
      {"     Consignee\n     ---------\n     Huawei Technologies", "HUAWEI"},
      {"END USER HUAWEI TECHNOLOGIES CO LTD", "HUAWEI"},
      {"ship to huawei technologies co ltd shenzhen china", "HUAWEI"},
      {"We are pleased to quote Huawei Technologies Co., Ltd. for 8 servers.", "HUAWEI"},
      {"Consignee: SMIC", "SEMICONDUCTOR MANUFACTURING"},
      {"Consignee: Semiconductor Manufacturing International Corporation, Shanghai", "SEMICONDUCTOR MANUFACTURING"},
      {"Consignee: YMTC\nWuhan, China", "YANGTZE"},
      {"Consignee: DJI\nShenzhen, China", "DJI"},
      {"End user: National University of Defense Technology, Changsha", "DEFENSE TECHNOLOGY"},
      {"End user: N.U.D.T., Changsha", "DEFENSE TECHNOLOGY"},
      {"Our Customer Sophgo Technologies Ltd. has confirmed the order.", "SOPHGO"},
      {"KINDLY ARRANGE SHIPMENT SOPHGO TECHNOLOGIES LTD BEIJING CHINA", "SOPHGO"},
      {"MESSRS. ATTN MR WANG SOPHGO TECHNOLOGIES LTD", "SOPHGO"},
      {"please ship to Sophgo Technologies", "SOPHGO"},
      {"Consignee: Sophgo\nTechnologies Ltd.\nBeijing, China", "SOPHGO"},
      {"S O P H G O   T E C H N O L O G I E S\nConsignee: see above", "SOPHGO"},
      {"Consignee: Sophgo Technologies\nLot 5, Hanoi, Vietnam", "SOPHGO"},
      {"Final Destination Customer Moore Threads Technology, Beijing", "MOORE"},
      {"Buyer: Moore Threads Intelligent\nTechnology (Beijing) Co., Ltd.", "MOORE"},
      {"Consignee: Moore Threads Technology\nJebel Ali Free Zone, Dubai, UAE", "MOORE"},
      {"Consignee: Inspur (Hongkong) Electronics Ltd", "INSPUR"},
      {"Consignee: INSPUR HONGKONG ELECTRONICS LIMITED, HONGKONG", "INSPUR"},
      {"Consignee: Biren Tecnology Co., Ltd, Shanghai", "BIREN"},
      {"Consignee: Shanghai Biren Technology Co., Ltd.\nUnit 3, Pudong, Shanghai", "BIREN"},
      {"Sold to: Panda Semiconductor, Nanjing, China", "PANDA"},
      {"Seller                           Buyer\nNVIDIA Corp.                     Sophgo Technologies Ltd.", "SOPHGO"},
      {"Shipper: Sinno Electronics Co., Limited, Hong Kong", "SINNO"},
      {"Notify party: HK HAIHENG ELECTRONICS\nKowloon, Hong Kong", "HAIHENG"},
      {"Beneficiary: Hamas", "HAMAS"},
  };

  /** Ordinary text that named a listed party before: each must give no party finding at all. */
  private static final String[] NEGATIVES = {
      "We got the green light from the customer yesterday, so shipment can proceed.",
      "Future trends in memory pricing suggest a rise in Q3.",
      "Delivery was always smooth with this forwarder.",
      "Remarks: Collection concept for the autumn catalogue",
      "Copyright 2005 g10 Code GmbH",
      "Our supplier Northern Code GmbH invoiced us.",
      "Copyright (C) 2005, 2008 Marcel Telka <marcel@telka.sk>",
      "Copyright:\n 2009-2011 Christopher Schmidt\nLicense: BSL-1.0",
      "                     Jamil Ahmed <jamil@ankur.org.bd>",
      "client library for the OpenStack Designate API\n\nCode for prototyping cloud system architectures",
      "Consignee: Arrow Electronics Inc., Centennial, CO 80112, USA",
      "Total Packages 11 CTNS/PKGS",
      "HS Code 8471.50",
      "steps inc.",
  };

  @Test
  void realNamesInRealPositions_areFound() {
    List<String> missed = new ArrayList<>();
    for (String[] positive : POSITIVES) {
      List<PartyFinding> parties = parties(positive[0]);
      boolean found = parties.stream().anyMatch(p -> p.listedName().toUpperCase().contains(positive[1])
          || p.candidates().stream().anyMatch(c -> c.listedName().toUpperCase().contains(positive[1])));
      if (!found) {
        missed.add(positive[0].replace('\n', '|') + " -> " + parties.stream().map(PartyFinding::listedName).toList());
      }
    }
    double recall = 1.0 - (double) missed.size() / POSITIVES.length;
    missed.forEach(m -> System.out.println("missed: " + m));
    assertThat(recall).as("recall on %d hard positives; missed: %s", POSITIVES.length, missed)
        .isGreaterThanOrEqualTo(MIN_RECALL);
  }

  @Test
  void ordinaryTextThatOnceAlerted_staysSilent() {
    List<String> alerted = new ArrayList<>();
    for (String text : NEGATIVES) {
      for (PartyFinding p : parties(text)) {
        alerted.add(text.replace('\n', '|') + " -> " + p.tier() + " " + p.listedName() + ": " + p.reason());
      }
    }
    assertThat(alerted).isEmpty();
  }

  private static List<PartyFinding> parties(String text) {
    ScreeningReport report = SCREENER.screen("case.txt", text.getBytes(StandardCharsets.UTF_8));
    return report.findings().stream().filter(PartyFinding.class::isInstance).map(PartyFinding.class::cast).toList();
  }
}
