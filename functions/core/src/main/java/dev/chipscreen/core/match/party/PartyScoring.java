package dev.chipscreen.core.match.party;

/**
 * The numbers behind a party match, in one place for review. A match's score is the weighted
 * share of the entry's name found in the document: distinctive tokens carry the score, generic
 * tokens only nudge it, so "Moore Threads Technology" meets "Moore Threads Intelligent
 * Technology (Beijing) Co., Ltd." while "Moore Industries" does not.
 */
public final class PartyScoring {

  /** At or above: the finding is an ALERT. */
  public static final double ALERT_THRESHOLD = 0.85;
  /** At or above (and below ALERT): the finding is for REVIEW. Below: not reported. */
  public static final double REVIEW_THRESHOLD = 0.75;
  /** Weight of a generic token ("Technology", "Shenzhen") in the score. */
  static final double GENERIC_WEIGHT = 0.2;
  /** Share of the score that the generic tokens decide when every distinctive token is found. */
  static final double GENERIC_SHARE = 0.2;
  /** A name that rests on one distinctive word, with its other words missing, is less certain. */
  static final double SINGLE_WORD_FACTOR = 0.9;
  /** Extra document words tolerated between the words of a name before the score drops. */
  static final int SPAN_SLACK = 2;
  /**
   * A name that is one short word ("APEX", "CARD") is too easily someone else's: it is never
   * more than a REVIEW, and only when the document writes it as a name (capitalised).
   */
  static final int SHORT_SINGLE_WORD_LENGTH = 4;
  static final double SHORT_SINGLE_WORD_SCORE = 0.8;
  /** A longer one-word name ("SOPHGO", "CAMBRICON") written alone as a name. */
  static final double ONE_WORD_NAME_SCORE = 0.95;
  /** The name's place ("Xiamen Sophgo") is missing and the text names another ("Beijing"). */
  static final double PLACE_CONFLICT_FACTOR = 0.8;
  /**
   * Every distinctive word found is an ordinary English word and part of the name is missing:
   * "Spare parts" is not "ATS Heavy Equipment and Machinery Spare Parts Trading".
   */
  static final double ENGLISH_WORDS_FACTOR = 0.85;
  /**
   * Per word of the document's name that is not in the entry's: inside the matched span or after
   * it, up to the legal form or punctuation that ends the name ("Kobi Shoes International",
   * "China Head Office Supplies Co."). A distinctive extra word says "another firm" more loudly.
   */
  static final double EXTRA_WORD_FACTOR = 0.95;
  static final double EXTRA_DISTINCTIVE_WORD_FACTOR = 0.85;
  /** Words after a match read as the rest of the document's name. */
  static final int TRAILING_NAME_WORDS = 4;
  /** The only distinctive word matched with a typo ("Shangdi" for "Shangyi"). */
  static final double TYPO_ONLY_FACTOR = 0.92;
  /** The distinctive evidence is only short words (acronyms such as "ACM") and the name is not matched whole. */
  static final double SHORT_WORDS_FACTOR = 0.85;
  static final int SHORT_WORD_LENGTH = 4;
  /** The address near the name is in a country of the entry (raises an ALERT's score; never makes one). */
  static final double ADDRESS_AGREES_BONUS = 0.05;
  /** The address near the name is in none of the entry's countries. */
  static final double ADDRESS_DISAGREES_FACTOR = 0.8;
  /** Words after a name read as its address (an address block runs over a few lines). */
  static final int ADDRESS_WINDOW_WORDS = 30;
  /** Lines below the name's line that still belong to its address block. */
  static final int ADDRESS_WINDOW_LINES = 3;
  /** Words either side of a name read for a conflicting place (an address follows the name). */
  static final int PLACE_WINDOW_WORDS = 16;
  /** A typo is tolerated in a long word, or in a name with two or more distinctive words. */
  static final int MIN_TYPO_TOLERANT_SINGLE_WORD = 7;
  /**
   * A name made only of generic words ("Harbin Institute of Technology", "General Technology
   * Limited") is matched only when written whole, as a weak name: where a party stands, with
   * nothing else in its name. One generic word alone is not a name.
   */
  static final int MIN_PHRASE_WORDS = 2;
  /** A matched document token must be at least this similar to its list token. */
  static final double MIN_TOKEN_SIMILARITY = 0.85;

  private PartyScoring() {
  }

  /** Rarer distinctive tokens weigh more: 1.0 for a token in one list name, 0.5 for one in ten. */
  static double distinctiveWeight(int documentFrequency) {
    return 1.0 / (1.0 + Math.log10(Math.max(1, documentFrequency)));
  }
}
