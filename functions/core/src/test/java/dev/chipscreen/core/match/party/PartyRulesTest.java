package dev.chipscreen.core.match.party;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chipscreen.core.lists.RestrictedParty;
import dev.chipscreen.core.testing.TestParties;
import dev.chipscreen.core.text.FoldedText;
import dev.chipscreen.core.text.Token;
import dev.chipscreen.core.text.Tokenizer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One case per rule of party scoring that keeps a finding precise, each written so that it fails
 * when the rule is removed: the weak-name rule, the party-field and legal-form positions, letter-
 * spaced text, weak aliases, grouping, the written name's other words, contrary addresses,
 * people's names and the policy's threshold.
 */
class PartyRulesTest {

  private static PartyMatcher matcher(RestrictedParty... parties) {
    return new PartyMatcher(PartyIndex.build(TestParties.of(parties)));
  }

  private static RestrictedParty at(String name, String country, List<String> aliases, List<String> weakAliases) {
    return new RestrictedParty("test", "Test list (SDN)", "SDN", "T-" + Math.abs(name.hashCode()),
        RestrictedParty.ENTITY, name, aliases, List.of("1 Test Road, " + country), List.of(country), List.of(),
        null, null, "0".repeat(64), weakAliases);
  }

  private static List<PartyMatcher.Match> match(PartyMatcher m, String text) {
    return m.match(FoldedText.of(text));
  }

  @Test
  void weakName_anOrdinaryWord_isAPartyOnlyInAPartyFieldOrWithALegalForm() {
    PartyMatcher m = matcher(TestParties.entity("SDN", "Code A Partnership"));
    assertThat(match(m, "HS Code: 8471.50")).isEmpty();
    assertThat(match(m, "Agent's IATA Code\n01-2 3456/0001")).isEmpty();
    assertThat(match(m, "Consignee Address\tPackages\tDescription\tHS Code")).isEmpty();
    assertThat(match(m, "Consignee: Code")).hasSize(1);
    assertThat(match(m, "Shipment for Code Ltd., Riyadh")).hasSize(1);
  }

  @Test
  void weakName_aShortAcronym_isAPartyOnlyInAPartyField() {
    PartyMatcher m = matcher(at("PKGS", "MY", List.of(), List.of()));
    assertThat(match(m, "Total Packages 11 CTNS/PKGS")).isEmpty();
    assertThat(match(m, "Notify Party: PKGS\nKuala Lumpur")).hasSize(1);
  }

  @Test
  void weakName_oneOrdinaryWordAmongGenericOnes_mustBeWrittenWholeAsAFirm() {
    PartyMatcher m = matcher(at("Top Systems Ltd.", "RU", List.of(), List.of()));
    assertThat(match(m, "a window manager that runs a system on top of X")).isEmpty();
    assertThat(match(m, "top systems integrators")).isEmpty();
    assertThat(match(m, "Sold to: TOP SYSTEMS LTD., Moscow")).hasSize(1);
  }

  @Test
  void frequentWordsOutOfTheListedOrder_areWeak() {
    PartyMatcher m = matcher(TestParties.entity("SDN", "Kahane Chai", "Sword of David"));
    // Capitalised and adjacent, so only the order tells the phrase from the name.
    assertThat(match(m, "the David Sword collection")).isEmpty();
    assertThat(match(m, "Consignee: Sword of David")).hasSize(1);
  }

  @Test
  void ordinaryWordsInLowerCase_areASentence_notAName() {
    PartyMatcher m = matcher(at("Green Light Logistics", "NL", List.of("Green Light"), List.of()));
    assertThat(match(m, "We got the green light from the customer yesterday")).isEmpty();
    assertThat(match(m, "Exporter: Green Light, Rotterdam, Netherlands")).hasSize(1);
  }

  @Test
  void aFrequentProperNoun_isAPartyInAField_andForReviewInProse() {
    PartyMatcher m = matcher(at("Huawei Technologies Co., Ltd.", "CN", List.of("Huawei"), List.of()));
    assertThat(match(m, "Consignee: Huawei")).singleElement()
        .satisfies(x -> assertThat(x.score()).isGreaterThanOrEqualTo(PartyScoring.ALERT_THRESHOLD));
    assertThat(match(m, "The end user is Huawei.")).singleElement()
        .satisfies(x -> assertThat(x.score()).isLessThan(PartyScoring.ALERT_THRESHOLD));
  }

  @Test
  void ordinaryWordsBeforeAName_areNotPartOfIt() {
    PartyMatcher m = matcher(at("Sophgo Technologies Ltd.", "CN", List.of(), List.of()));
    assertThat(match(m, "Our Customer Sophgo Technologies Ltd. has confirmed the order.")).singleElement()
        .satisfies(x -> assertThat(x.score()).isGreaterThanOrEqualTo(PartyScoring.ALERT_THRESHOLD));
  }

  @Test
  void aWeakOrCommonOneWordName_afterAnotherNameWord_isThatOtherName() {
    PartyMatcher code = matcher(TestParties.entity("SDN", "Code A Partnership"));
    assertThat(match(code, "Copyright 2005 g10 Code GmbH")).isEmpty();
    assertThat(match(code, "Our supplier Northern Code GmbH invoiced us.")).isEmpty();
    PartyMatcher schmidt = matcher(at("Schmidt & Co., (HK) Ltd.", "HK", List.of(), List.of()));
    assertThat(match(schmidt, "Copyright:\n 2009-2011 Christopher Schmidt\n")).isEmpty();
  }

  @Test
  void aBracketedInitialism_isAnAliasTheListGives() {
    PartyMatcher m = matcher(at("Semiconductor Manufacturing International Corporation (SMIC)", "CN", List.of(),
        List.of()), at("Polyot Chelyabinsk Radio Plant (flight)", "RU", List.of(), List.of()));
    assertThat(match(m, "Consignee: SMIC")).singleElement()
        .satisfies(x -> assertThat(x.party().name()).contains("SMIC"));
    // A bracketed word that is neither the name's initialism nor one of its words is no alias.
    assertThat(match(m, "Flight: CX 873")).isEmpty();
    assertThat(PartyIndex.namesItsName("NUDT", "National University of Defense Technology")).isTrue();
    assertThat(PartyIndex.namesItsName("HAINING", "Piotech Jianke Semiconductor Equipment Co., Ltd.")).isFalse();
  }

  @Test
  void oneWrittenWord_standsForOneWordOfTheName() {
    RestrictedParty person = new RestrictedParty("test", "Test list (SDN)", "SDN", "T-2", RestrictedParty.INDIVIDUAL,
        "AHMED, Ahmed", List.of(), List.of(), List.of("SD"), List.of(), null, null, "0".repeat(64));
    assertThat(match(matcher(person), "Jamil Ahmed <jamil@example.org>")).isEmpty();
  }

  @Test
  void aNameOfTwoGenericWords_isAWeakNameWrittenWhole() {
    PartyMatcher m = matcher(at("General Technology Limited", "HK", List.of(), List.of()));
    assertThat(match(m, "Buyer: GENERAL TECHNOLOGY LTD.\nKowloon, Hong Kong")).hasSize(1);
    assertThat(match(m, "general technology trends for 2026")).isEmpty();
    assertThat(match(m, "Buyer: General Technology Services Ltd.")).isEmpty();
  }

  @Test
  void aPartyBlockTheReaderFound_holdsAWeakName() {
    PartyMatcher m = matcher(at("Top Systems Ltd.", "RU", List.of(), List.of()));
    // Columns joined by spaces: no label right before the name, no legal form after it.
    String text = "SHIPPER                    CONSIGNEE\nAcme Corp                  TOP SYSTEMS\n";
    assertThat(m.match(FoldedText.of(text), false, PartySlots.LABELS_ONLY, PartyScoring.REVIEW_THRESHOLD,
        PartyScoring.ALERT_THRESHOLD)).isEmpty();
    assertThat(m.match(FoldedText.of(text), false, PartySlots.of(List.of("TOP SYSTEMS")),
        PartyScoring.REVIEW_THRESHOLD, PartyScoring.ALERT_THRESHOLD)).hasSize(1);
  }

  @Test
  void aFrequentWord_isNeverForgivenAsATypo() {
    PartyMatcher m = matcher(at("Markel Closed Joint Stock Company (Markel)", "RU", List.of(), List.of()));
    assertThat(match(m, "Copyright (C) 2005 Marcel Telka <marcel@telka.sk>")).isEmpty();
  }

  @Test
  void aCoinedName_isFoundInProse() {
    // Not an ordinary word: the weak-name rule must not take coined names with it.
    PartyMatcher m = matcher(TestParties.entity("EL", "Sophgo Technologies Ltd."));
    assertThat(match(m, "the order was placed by Sophgo Technologies on 3 May")).hasSize(1);
  }

  @Test
  void letterSpacedText_isReadAsWords_andSingleLettersSpellNoInitialism() {
    assertThat(Tokenizer.tokenize("C O M M E R C I A L  I N V O I C E").stream().map(Token::text))
        .containsExactly("COMMERCIAL", "INVOICE");
    assertThat(Tokenizer.tokenize("M.M.E. GMBH").stream().map(Token::text)).containsExactly("MME", "GMBH");
    assertThat(Tokenizer.tokenize("A B TESTING").stream().map(Token::text)).containsExactly("A", "B", "TESTING");
    PartyMatcher m = matcher(TestParties.entity("SDN", "Mines and Metals Engineering GmbH", "M.M.E."));
    assertThat(match(m, "C O M M E R C I A L   I N V O I C E")).isEmpty();
    assertThat(match(m, "COMMERCIAL INVOICE")).isEmpty();
  }

  @Test
  void aWeakAlias_neverFindsAParty_butConfirmsOne() {
    PartyMatcher m = matcher(at("Saraya Al-Mukhtar Trading", "IR", List.of(), List.of("SAMT")));
    assertThat(match(m, "Consignee: SAMT\nTehran, Iran")).isEmpty();
    assertThat(match(m, "Consignee: Saraya Al-Mukhtar Trading (SAMT)\nTehran, Iran")).singleElement()
        .satisfies(x -> assertThat(x.reason()).contains("weak alias 'SAMT'"));
  }

  @Test
  void ofacRemarks_giveTheWeakAliases() {
    assertThat(dev.chipscreen.core.lists.ofac.OfacWeakAliases.of(
        "Registration ID HRB 34095 (Germany); all offices worldwide; a.k.a. 'M.M.E.'; a.k.a. 'MME GROUP'."))
        .containsExactly("M.M.E.", "MME GROUP");
    assertThat(dev.chipscreen.core.lists.ofac.OfacWeakAliases.of("a.k.a. BANK FOR FOREIGN TRADE")).isEmpty();
    assertThat(dev.chipscreen.core.lists.ofac.OfacWeakAliases.of("a.k.a. 'AL-'; a.k.a. 'ABU '; a.k.a. ''; a.k.a. 'J'"))
        .isEmpty();
  }

  @Test
  void aWeakAliasOfOneListCopy_isWeakForEveryCopyOfThatName() {
    // OFAC marks it; the CSL's copy of the same SDN entry lists it as a plain alias.
    RestrictedParty ofac = at("Mines and Metals Engineering GmbH", "DE", List.of(), List.of("M.M.E."));
    RestrictedParty csl = at("MINES AND METALS ENGINEERING GMBH", "DE", List.of("M.M.E."), List.of());
    PartyMatcher m = matcher(ofac, csl);
    assertThat(match(m, "Buyer: MME GmbH, Duesseldorf, Germany")).isEmpty();
  }

  @Test
  void oneWrittenName_isOneFinding_withTheOtherEntriesAsCandidates() {
    PartyMatcher m = matcher(
        at("Moore Thread Intelligent Technology (Beijing) Co., Ltd.", "CN", List.of(), List.of()),
        at("Moore Thread Intelligent Technology (Shanghai) Co., Ltd.", "CN", List.of(), List.of()),
        at("Moore Thread Intelligent Technology (Chengdu) Co., Ltd.", "CN", List.of(), List.of()));
    assertThat(match(m, "Consignee: MOORE THREAD INTELLIGENT TECHNOLOGY (SHANGHAI) CO LTD\nPudong, Shanghai, China"))
        .singleElement().satisfies(x -> {
          assertThat(x.party().name()).contains("(Shanghai)");
          assertThat(x.others()).hasSize(2);
          assertThat(x.others().get(0).score()).isLessThanOrEqualTo(x.score());
        });
  }

  @Test
  void atEqualScores_theWholeWrittenNameRanksFirst() {
    PartyMatcher m = matcher(
        at("Inspur Electronic Information (Hong Kong) Co., Ltd.", "HK", List.of(), List.of()),
        at("Inspur (HK) Electronics Co., Ltd.", "HK", List.of("Inspur (Hong Kong) Electronics Co., Ltd."), List.of()));
    assertThat(match(m, "Buyer: INSPUR (HONG KONG) ELECTRONICS COMPANY LIMITED\nKowloon Bay, Hong Kong"))
        .singleElement().satisfies(x -> assertThat(x.party().name()).isEqualTo("Inspur (HK) Electronics Co., Ltd."));
  }

  @Test
  void wordsBeforeTheMatch_belongToTheWrittenName_andItsPlaceMayConflict() {
    PartyMatcher m = matcher(at("Suanli (Fujian) Technology Co., Ltd.", "CN",
        List.of("Suanli Technology Co., Ltd."), List.of()));
    assertThat(match(m, "Buyer: Guangzhou Tianhe Suanli Technology Co., Ltd.\nGuangzhou, China")).isEmpty();
    assertThat(match(m, "Buyer: Suanli Technology Co., Ltd.\nFuzhou, China")).hasSize(1);
  }

  @Test
  void hongKongWrittenOutIsHk_noPlaceConflict() {
    PartyMatcher m = matcher(at("Sunrising Logistics (HK) Ltd.", "HK", List.of("Sunrising Logistics"), List.of()));
    assertThat(match(m, "Forwarder: Sunrising Logistics (Hong Kong) Ltd, Kowloon Bay")).singleElement()
        .satisfies(x -> assertThat(x.score()).isGreaterThanOrEqualTo(PartyScoring.ALERT_THRESHOLD));
  }

  @Test
  void aContraryAddress_dropsAWeakName_butOnlyLowersAWholeStrongOne() {
    PartyMatcher weak = matcher(at("Oriental Engineers", "PK", List.of("Advance Technologies"), List.of()));
    assertThat(match(weak, "Seller: Advance Technologies GmbH, Hamburg, Germany")).isEmpty();
    PartyMatcher strong = matcher(at("Elink Electronic Technology Co. Ltd.", "CN", List.of(), List.of()));
    assertThat(match(strong, "Shipper: ELINK ELECTRONIC TECHNOLOGY CO LTD, Osaka, Japan")).singleElement()
        .satisfies(x -> assertThat(x.score()).isLessThan(PartyScoring.ALERT_THRESHOLD));
  }

  @Test
  void anAddressIsReadToItsEnd_throughWordsThatOnlyBeginALabel() {
    // "Trade", "Ocean", "Place" open labels ("Trade terms", "Ocean vessel", "Place of delivery"),
    // not addresses: the block ends only at a whole label.
    PartyMatcher m = matcher(at("Corad Technology Limited", "HK", List.of(), List.of()));
    for (String street : List.of("World Trade Center, Kungsbron 1", "Ocean Tower, Kungsbron 1",
        "Pacific Place, Kungsbron 1")) {
      assertThat(match(m, "Buyer:\nCorad Technology Limited\n" + street + "\nStockholm, Sweden")).singleElement()
          .satisfies(x -> assertThat(x.score()).as(street).isLessThan(PartyScoring.ALERT_THRESHOLD));
    }
    assertThat(match(m, "Buyer:\nCorad Technology Limited\nPlace of delivery: Stockholm, Sweden")).singleElement()
        .satisfies(x -> assertThat(x.score()).isGreaterThanOrEqualTo(PartyScoring.ALERT_THRESHOLD));
  }

  @Test
  void aPerson_matchesOnGivenAndFamilyNameTogether_inEitherOrder() {
    RestrictedParty person = new RestrictedParty("test", "Test list (SDN)", "SDN", "T-1", RestrictedParty.INDIVIDUAL,
        "ZHANG, Weiming", List.of(), List.of(), List.of("CN"), List.of(), null, null, "0".repeat(64));
    PartyMatcher m = matcher(person);
    assertThat(match(m, "Consignee: Zhang Trading Co., Ltd.")).isEmpty();
    assertThat(match(m, "Attn: Weiming")).isEmpty();
    assertThat(match(m, "Attn: Zhang Weiming")).hasSize(1);
    assertThat(match(m, "Attn: Weiming Zhang")).hasSize(1);
  }

  @Test
  void thePolicysReviewThreshold_isTheMatchersToo() {
    PartyMatcher m = matcher(TestParties.entity("EL", "Sophgo Technologies Ltd."));
    // One shared word and none of the rest: below the default review threshold, above a policy's 0.6.
    String text = "Seller: Sophgo Robotics Pte Ltd";
    double low = 0.6;
    assertThat(m.match(FoldedText.of(text), false, PartySlots.LABELS_ONLY, PartyScoring.REVIEW_THRESHOLD,
        PartyScoring.ALERT_THRESHOLD)).isEmpty();
    assertThat(m.match(FoldedText.of(text), false, PartySlots.LABELS_ONLY, low, PartyScoring.ALERT_THRESHOLD))
        .isNotEmpty();
  }
}
