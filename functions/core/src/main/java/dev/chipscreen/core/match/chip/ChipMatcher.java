package dev.chipscreen.core.match.chip;

import dev.chipscreen.core.text.FoldedText;
import dev.chipscreen.core.text.GoodsText;
import dev.chipscreen.core.text.Token;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Finds catalogue models in a page of text. Every window of up to a few adjacent words is read
 * as one key with its separators removed ("H-100", "H 100" and "H100" are the same key) and
 * looked up among the aliases, longest first. A hit is then weighed against its context: a
 * short alias ("H100", "H20") needs GPU context nearby; any hit is dropped when its line shows
 * a look-alike (a vehicle, a lamp, water, an accessory for a GPU, a company name, an ID).
 * One pass over the words, a bounded window at each: linear in the text.
 */
public final class ChipMatcher {

  /** Characters of text either side of a match searched for supporting context. */
  static final int CONTEXT_CHARS = 160;
  /** Separators allowed between the words of one alias: "H100 SXM5", "H100-SXM5", "H100 / SXM5". */
  static final int MAX_GAP_CHARS = 3;
  /**
   * Characters of a match's own line read for look-alikes and the goods line's quantity and
   * price. Bounded so that a megabyte-long line costs the same per match as a short one.
   */
  static final int LINE_CONTEXT_CHARS = 240;
  /** Words after a family mention searched for a variant hint ("H100 80GB SXM5"). */
  static final int VARIANT_LOOKAHEAD = 5;

  /**
   * Chip findings judged per page. A real page names a few models; a page naming thousands is
   * hostile or generated, and the report says the rest of it was not judged.
   */
  public static final int MAX_MATCHES_PER_PAGE = 500;

  static final double SCORE_PART_NUMBER = 0.99;
  static final double SCORE_ALIAS = 0.97;
  static final double SCORE_CONTEXT_VENDOR = 0.95;
  static final double SCORE_CONTEXT_GPU = 0.92;
  static final double SCORE_CONTEXT_HS_ONLY = 0.85;
  static final double OCR_PENALTY = 0.07;


  /** One way a catalogue entry can be written. */
  private record Alias(CatalogueEntry entry, String key, String written, int tokens, Kind kind) {
  }

  private enum Kind { PART_NUMBER, ALIAS, CONTEXT_ALIAS }

  /**
   * A model found in the text.
   *
   * @param entry     the catalogue entry
   * @param start     start of the match in the folded text
   * @param end       end of the match in the folded text
   * @param score     confidence in [0, 1]
   * @param reason    which alias matched and what confirmed it
   * @param quantity  units on the same line, if given
   * @param unitValue unit price on the same line, if given
   * @param currency  its currency
   */
  public record Match(CatalogueEntry entry, int start, int end, double score, String reason, Integer quantity,
                      BigDecimal unitValue, String currency) {
  }

  private final ChipCatalogue catalogue;
  private final Map<String, List<Alias>> bySkeleton = new HashMap<>();
  private final int maxTokens;

  public ChipMatcher(ChipCatalogue catalogue) {
    this.catalogue = catalogue;
    int most = 1;
    for (CatalogueEntry e : catalogue.entries()) {
      for (String a : e.partNumbers()) {
        most = Math.max(most, add(e, a, Kind.PART_NUMBER));
      }
      for (String a : e.aliases()) {
        most = Math.max(most, add(e, a, Kind.ALIAS));
      }
      for (String a : e.contextAliases()) {
        most = Math.max(most, add(e, a, Kind.CONTEXT_ALIAS));
      }
    }
    this.maxTokens = most;
  }

  private int add(CatalogueEntry entry, String written, Kind kind) {
    String key = AliasKey.of(written);
    int tokens = AliasKey.tokenCount(written);
    bySkeleton.computeIfAbsent(AliasKey.skeleton(key), k -> new ArrayList<>())
        .add(new Alias(entry, key, written, tokens, kind));
    return tokens;
  }

  public ChipCatalogue catalogue() {
    return catalogue;
  }

  public List<Match> match(FoldedText text) {
    String folded = text.folded();
    List<Token> tokens = text.tokens();
    List<Match> matches = new ArrayList<>();
    int i = 0;
    while (i < tokens.size() && matches.size() < MAX_MATCHES_PER_PAGE) {
      Hit hit = longestHit(folded, tokens, i);
      if (hit == null) {
        i++;
        continue;
      }
      Match match = judge(folded, tokens, i, hit);
      if (match != null && match.entry().reported()) {
        matches.add(match);
      }
      i = hit.lastToken + 1;
    }
    return matches;
  }

  private record Hit(Alias alias, int lastToken, String written, boolean ocr) {
  }

  private Hit longestHit(String folded, List<Token> tokens, int first) {
    StringBuilder key = new StringBuilder();
    Hit best = null;
    for (int j = first; j < tokens.size() && j < first + maxTokens; j++) {
      if (j > first && !joinable(folded, tokens.get(j - 1), tokens.get(j))) {
        break;
      }
      key.append(tokens.get(j).text());
      String written = key.toString();
      List<Alias> candidates = bySkeleton.get(AliasKey.skeleton(written));
      if (candidates == null) {
        continue;
      }
      for (Alias alias : candidates) {
        boolean exact = alias.key().equals(written);
        if (exact || AliasKey.ocrCompatible(written, alias.key())) {
          if (best == null || j > best.lastToken || (exact && best.ocr)) {
            best = new Hit(alias, j, written, !exact);
          }
        }
      }
    }
    return best;
  }

  private static boolean joinable(String folded, Token previous, Token next) {
    int gap = next.start() - previous.end();
    if (gap > MAX_GAP_CHARS) {
      return false;
    }
    for (int k = previous.end(); k < next.start(); k++) {
      char c = folded.charAt(k);
      if (c != ' ' && c != '-' && c != '_' && c != '/' && c != '.' && c != '\u00A0') {
        return false;
      }
    }
    return true;
  }

  private Match judge(String folded, List<Token> tokens, int first, Hit hit) {
    Token firstToken = tokens.get(first);
    Token lastToken = tokens.get(hit.lastToken);
    int start = firstToken.start();
    int end = lastToken.end();
    String line = lineAround(folded, start, end);
    String window = folded.substring(Math.max(0, start - CONTEXT_CHARS), Math.min(folded.length(), end + CONTEXT_CHARS));

    String glued = gluedIdentifier(folded, tokens, first, hit.lastToken, hit.alias.kind == Kind.PART_NUMBER);
    if (glued != null) {
      return null;
    }
    String company = followingWord(tokens, hit.lastToken, line, ChipContext.COMPANY_SUFFIXES);
    String standard = precedingWord(folded, tokens, first, ChipContext.STANDARD_PREFIXES);
    String vendorOnLine = ChipContext.firstWord(line, ChipContext.VENDOR_WORDS);
    if (standard != null && vendorOnLine == null) {
      return null;
    }
    if (company != null && vendorOnLine == null && hit.alias.kind != Kind.PART_NUMBER) {
      return null;
    }
    for (ChipContext.LookAlike lookAlike : ChipContext.LOOK_ALIKES) {
      String word = ChipContext.firstWord(line, lookAlike.words());
      if (word != null && !(lookAlike.overriddenByVendor() && vendorOnLine != null)
          && !(lookAlike.weighedAgainstTheGpu() && outweighs(line, folded, start, word))) {
        return null;
      }
    }

    String vendor = ChipContext.firstWord(window, ChipContext.VENDOR_WORDS);
    String gpuWord = ChipContext.firstWord(window, ChipContext.GPU_WORDS);
    Matcher memory = ChipContext.MEMORY_SIZE.matcher(window);
    String memorySize = memory.find() ? memory.group() : null;
    Matcher hs = ChipContext.GPU_HS_CODE.matcher(window);
    String hsCode = hs.find() ? hs.group() : null;

    double score;
    StringBuilder reason = new StringBuilder();
    switch (hit.alias.kind) {
      case PART_NUMBER -> {
        score = SCORE_PART_NUMBER;
        reason.append("part number ").append(hit.alias.written());
      }
      case ALIAS -> {
        score = SCORE_ALIAS;
        reason.append("alias '").append(hit.alias.written()).append("'");
      }
      default -> {
        if (vendor != null) {
          score = SCORE_CONTEXT_VENDOR;
        } else if (gpuWord != null || memorySize != null) {
          score = SCORE_CONTEXT_GPU;
        } else if (hsCode != null) {
          score = SCORE_CONTEXT_HS_ONLY;
        } else {
          return null;
        }
        reason.append("short alias '").append(hit.alias.written()).append("' confirmed by context");
      }
    }
    if (hit.ocr) {
      score -= OCR_PENALTY;
      reason.append(", read as ").append(hit.written).append(" (OCR-style confusion)");
    }
    List<String> context = new ArrayList<>();
    if (vendor != null) {
      context.add("vendor " + vendor);
    }
    if (gpuWord != null) {
      context.add("'" + gpuWord + "'");
    }
    if (memorySize != null) {
      context.add("memory " + memorySize);
    }
    if (hsCode != null) {
      context.add("HS " + hsCode.trim());
    }
    if (!context.isEmpty()) {
      reason.append("; context: ").append(String.join(", ", context));
    }

    CatalogueEntry entry = variant(hit.alias.entry(), folded, tokens, hit.lastToken, reason);
    reason.append("; ").append(entry.controlStatus()).append(" (").append(entry.eccn()).append(")");
    if (entry.notControlled()) {
      reason.append(": ").append(entry.basis());
    }
    GoodsText.LineValues values = GoodsText.read(line);
    GoodsText.Money unit = values.amounts().isEmpty() ? null : values.amounts().get(0);
    return new Match(entry, start, end, Math.round(score * 1000) / 1000.0, reason.toString(), values.quantity(),
        unit == null ? null : unit.amount(), unit == null ? null : unit.currency());
  }

  private CatalogueEntry variant(CatalogueEntry family, String folded, List<Token> tokens, int last,
                                 StringBuilder reason) {
    if (family.variantHints().isEmpty()) {
      return family;
    }
    // The hint may sit in the next cell of a table row split over two lines, but not further.
    int end = tokens.get(last).end();
    for (int k = last + 1; k < tokens.size() && k <= last + VARIANT_LOOKAHEAD; k++) {
      Token token = tokens.get(k);
      if (token.start() - end > CONTEXT_CHARS) {
        break;
      }
      // A hint is one word ("SXM5") or two joined by a separator ("HL-328").
      String model = family.variantHints().get(token.text());
      if (model == null && k + 1 < tokens.size() && joinable(folded, token, tokens.get(k + 1))) {
        model = family.variantHints().get(token.text() + tokens.get(k + 1).text());
      }
      boolean misread = false;
      if (model == null) {
        model = misreadHint(family, token.text());
        misread = model != null;
      }
      if (model != null) {
        CatalogueEntry variant = catalogue.byModel(model);
        if (variant != null) {
          reason.append("; variant from '").append(token.text()).append("'")
              .append(misread ? " (OCR-style confusion)" : "");
          return variant;
        }
      }
    }
    return family;
  }

  /** The variant a hint word names when OCR misread its letters ("PCle" for "PCIe", "SXMS" for "SXM5"). */
  private static String misreadHint(CatalogueEntry family, String written) {
    String skeleton = hintSkeleton(written);
    for (Map.Entry<String, String> hint : family.variantHints().entrySet()) {
      if (hint.getKey().length() == written.length() && hintSkeleton(hint.getKey()).equals(skeleton)) {
        return hint.getValue();
      }
    }
    return null;
  }

  /** A hint word with the characters OCR confuses in print folded together: I, L and 1; O and 0; S and 5. */
  private static String hintSkeleton(String word) {
    StringBuilder out = new StringBuilder(word.length());
    for (char c : word.toCharArray()) {
      out.append(switch (c) {
        case 'L', '1', '|' -> 'I';
        case '0' -> 'O';
        case '5' -> 'S';
        default -> c;
      });
    }
    return out.toString();
  }

  /** A model token glued by '-', '/', '#', '_' or '.' to a word that is not a known suffix: an ID. */
  /**
   * The token glued to the hit that makes it part of another identifier, or null. A part-number
   * prefix goes on in digits ("935-23587" in "935-23587-0000-000", the HGX A100 baseboard): that
   * is the rest of the same part number, not another identifier.
   */
  private static String gluedIdentifier(String folded, List<Token> tokens, int first, int last, boolean partNumber) {
    if (first > 0) {
      Token before = tokens.get(first - 1);
      int gapStart = before.end();
      int gapEnd = tokens.get(first).start();
      if (gapEnd - gapStart == 1 && "-/#_.".indexOf(folded.charAt(gapStart)) >= 0
          && !ChipContext.SUFFIX_TOKEN.matcher(before.text()).matches() && !isVendorToken(before.text())) {
        return before.text();
      }
    }
    if (last + 1 < tokens.size()) {
      Token after = tokens.get(last + 1);
      int gapStart = tokens.get(last).end();
      int gapEnd = after.start();
      if (gapEnd - gapStart == 1 && "-/#_".indexOf(folded.charAt(gapStart)) >= 0
          && !ChipContext.SUFFIX_TOKEN.matcher(after.text()).matches()
          && !(partNumber && folded.charAt(gapStart) == '-' && after.text().chars().allMatch(Character::isDigit))) {
        return after.text();
      }
    }
    return null;
  }

  private static boolean isVendorToken(String token) {
    return ChipContext.VENDOR_WORDS.contains(token) || "TESLA".equals(token) || "RTX".equals(token);
  }

  private static String followingWord(List<Token> tokens, int last, String line, List<String> words) {
    for (int k = last + 1; k < tokens.size() && k <= last + 2; k++) {
      if (words.contains(tokens.get(k).text()) && line.contains(tokens.get(k).text())) {
        return tokens.get(k).text();
      }
    }
    return null;
  }

  private static String precedingWord(String folded, List<Token> tokens, int first, List<String> words) {
    if (first == 0) {
      return null;
    }
    Token before = tokens.get(first - 1);
    if (tokens.get(first).start() - before.end() > 3) {
      return null;
    }
    if (words.contains(before.text())) {
      return before.text();
    }
    // "GB/T 4090": the slash splits GB and T.
    if ("T".equals(before.text()) && first >= 2 && "GB".equals(tokens.get(first - 2).text())) {
      return "GB/T";
    }
    return null;
  }

  /** The match's line, at most LINE_CONTEXT_CHARS either side of it. */
  /**
   * Whether the line's evidence that it sells the GPU itself outweighs an accessory word on it:
   * the word is not said to be the product ("box only", "empty box", "dummy"), the model is not
   * named as what the accessory fits ("waterblock for RTX 4090", "compatible with"), and at least
   * {@link ChipContext#MIN_GPU_EVIDENCE} of vendor, GPU word and memory size stand on the line.
   * "GeForce RTX 4090 24GB graphics card, retail box, 24 PCS" is a boxed card, not a box.
   */
  private static boolean outweighs(String line, String folded, int modelStart, String accessoryWord) {
    if (ChipContext.ACCESSORY_ONLY.contains(accessoryWord)) {
      return false;
    }
    String before = folded.substring(Math.max(0, modelStart - ChipContext.FITS_REACH), modelStart);
    if (ChipContext.FITS.matcher(before).find()) {
      return false;
    }
    int evidence = (ChipContext.firstWord(line, ChipContext.VENDOR_WORDS) != null ? 1 : 0)
        + (ChipContext.firstWord(line, ChipContext.GPU_WORDS) != null ? 1 : 0)
        + (ChipContext.MEMORY_SIZE.matcher(line).find() ? 1 : 0);
    return evidence >= ChipContext.MIN_GPU_EVIDENCE;
  }

  private static String lineAround(String folded, int start, int end) {
    int from = start;
    int floor = Math.max(0, start - LINE_CONTEXT_CHARS);
    while (from > floor && folded.charAt(from - 1) != '\n') {
      from--;
    }
    int to = end;
    int ceiling = Math.min(folded.length(), end + LINE_CONTEXT_CHARS);
    while (to < ceiling && folded.charAt(to) != '\n') {
      to++;
    }
    return folded.substring(from, to);
  }
}
