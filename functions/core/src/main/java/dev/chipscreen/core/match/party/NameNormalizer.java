package dev.chipscreen.core.match.party;

import dev.chipscreen.core.text.TextNormalizer;
import dev.chipscreen.core.text.Token;
import dev.chipscreen.core.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reduces a company or person name to the tokens that identify it. Legal forms are dropped
 * (they say nothing about who a firm is); the boilerplate of company names (places, "Technology",
 * "Trading", ...) is kept but marked generic, so it can support a match and never make one.
 */
public final class NameNormalizer {

  /** Legal forms and filler words, dropped from both list names and document text. */
  static final Set<String> LEGAL_FORMS = Set.copyOf(List.of(
      "CO", "COMPANY", "LTD", "LIMITED", "LLC", "INC", "INCORPORATED", "CORP", "CORPORATION", "GMBH", "AG", "SA",
      "SRL", "SPA", "PTE", "PLC", "LLP", "LP", "BV", "NV", "OOO", "ZAO", "OAO", "PAO", "AO", "JSC", "PJSC", "OJSC",
      "CJSC", "SDN", "BHD", "KK", "PVT", "PTY", "THE", "OF", "AND", "FZE", "FZCO", "FZ", "FZC", "DMCC", "SARL", "SAS",
      "AB", "AS", "OY", "TOO", "LIAB", "ULC", "LTDA", "CIA", "DE", "DI", "DA", "DO", "DES", "DU", "LA", "LE", "EL",
      "AL", "SP", "ZOO", "JOINT", "STOCK", "OPEN", "CLOSED", "PUBLIC", "PRIVATE", "SOCIETY", "SHARE", "SHAREHOLDING",
      "PARTNERSHIP", "FIRM", "UNLIMITED",
      // English particles: never part of what identifies a firm
      "FOR", "IN", "AT", "ON", "BY", "TO", "WITH", "FROM", "A", "AN", "ITS", "OR"));

  /**
   * Words so common in company names that they never identify one alone: places (Chinese
   * cities and provinces above all), industries, and corporate boilerplate.
   */
  static final Set<String> BOILERPLATE = Set.copyOf(List.of(
      // industry and boilerplate
      "TECHNOLOGY", "TECHNOLOGIES", "TECH", "TECHNICAL", "TRADING", "TRADE", "TRADERS", "ELECTRONICS", "ELECTRONIC",
      "ELECTRIC", "ELECTRICAL", "INDUSTRIAL", "INDUSTRY", "INDUSTRIES", "INTERNATIONAL", "INTL", "GROUP", "HOLDINGS",
      "HOLDING", "SCIENCE", "SCIENTIFIC", "DEVELOPMENT", "IMPORT", "EXPORT", "IMP", "EXP", "LOGISTICS", "SHIPPING",
      "SUPPLY", "SUPPLIES", "CHAIN", "SERVICES", "SERVICE", "SOLUTIONS", "SOLUTION", "SYSTEMS", "SYSTEM",
      "ENTERPRISE", "ENTERPRISES", "INFORMATION", "INFO", "NETWORK", "NETWORKS", "DIGITAL", "INTELLIGENT",
      "INTELLIGENCE", "SMART", "COMPUTER", "COMPUTING", "DATA", "CLOUD", "SEMICONDUCTOR", "SEMICONDUCTORS", "SUPPLY", "COMPONENT", "ELECTRONIC", "INSTRUMENT",
      "MICROELECTRONICS", "INSTRUMENT", "INSTRUMENTS", "EQUIPMENT", "MACHINERY", "GLOBAL", "BRANCH", "OFFICE",
      "FACTORY", "MANUFACTURING", "MANUFACTURE", "RESEARCH", "INSTITUTE", "CENTER", "CENTRE", "UNIVERSITY",
      "ACADEMY", "LABORATORY", "LAB", "ENGINEERING", "MATERIALS", "MATERIAL", "AUTOMATION", "ENERGY", "NEW",
      "INVESTMENT", "CAPITAL", "MANAGEMENT", "INNOVATION", "COMMUNICATION", "COMMUNICATIONS", "TELECOM",
      "TELECOMMUNICATIONS", "PRODUCTS", "PRODUCT", "COMMERCIAL", "COMMERCE", "INDUSTRIALS", "DEVICES", "DEVICE",
      "COMPONENTS", "PARTS", "MICRO", "OPTICAL", "OPTICS", "PRECISION", "HIGH", "HI", "ADVANCED", "APPLIED",
      "AEROSPACE", "AVIATION", "DEFENSE", "DEFENCE", "MILITARY", "NATIONAL", "STATE", "CENTRAL", "FIRST", "NO",
      "KEY", "HITECH", "ZONE", "PARK", "FREE", "SHARES", "UNITED", "GENERAL", "PACIFIC", "ASIA", "ASIAN", "EAST",
      "WEST", "NORTH", "SOUTH", "EASTERN", "WESTERN", "NORTHERN", "SOUTHERN", "OVERSEAS", "WORLD", "WORLDWIDE",
      "GOLDEN", "STAR", "SUN", "OCEAN", "SEA", "AIR", "EXPRESS", "FREIGHT", "FORWARDING", "TRANSPORT", "CARGO",
      "AGENCY", "AGENT", "MARINE", "VENTURES", "PARTNERS", "ASSOCIATES", "CONSULTING", "BUSINESS", "DESIGN",
      "CHEMICAL", "CHEMICALS", "TEKNOLOGI", "TEKNOLOGII", "TECHNOLOGIE", "TECNOLOGIA", "TECHNOLOGIA", "METAL", "METALS", "STEEL", "POWER", "SHIP", "SHIPBUILDING", "HEAVY", "MACHINE",
      "MACHINES", "RADIO", "PLANT", "WORKS", "BUREAU", "MINISTRY", "DEPARTMENT", "COMMITTEE", "ADMINISTRATION",
      "ORGANIZATION", "ORGANISATION", "FOUNDATION", "ASSOCIATION", "SCHOOL", "COLLEGE", "HOSPITAL", "BANK",
      // ordinary words of trade documents that some list aliases happen to be
      "CARD", "CARDS", "GOODS", "PART", "CARGO", "TOTAL", "PACKAGE", "PACKAGES", "ORIGIN", "INVOICE", "ORDER",
      "PORT", "BILL", "LADING", "NOTIFY", "PARTY", "BUYER", "SELLER", "SHIPPER", "CONSIGNEE", "VESSEL", "VOYAGE",
      "CONTAINER", "SEAL", "WEIGHT", "GROSS", "NET", "UNIT", "PRICE", "AMOUNT", "PAYMENT", "TERMS", "DATE",
      "NUMBER", "DESCRIPTION", "QUANTITY", "MODEL", "BRAND", "SERVER", "SERVERS", "MODULE", "BOARD", "MEMORY",
      "GRAPHICS", "NVIDIA", "ACCELERATOR", "DELIVERY", "DESTINATION", "FINAL", "PLACE", "ROAD", "STREET",
      "BUILDING", "FLOOR", "ROOM", "TOWER", "BLOCK", "AVENUE", "UNIT", "SUITE", "LANE", "AREA", "NEAR"));

  /**
   * Countries, regions and the Chinese cities and provinces that prefix firm names. Generic,
   * and also evidence: "Xiamen Sophgo" is not the firm a Beijing address names.
   */
  static final Set<String> PLACES = Set.copyOf(List.of(
      "CHINA", "CHINESE", "PRC", "HONG", "KONG", "HK", "MACAU", "MACAO", "TAIWAN", "SINGAPORE", "MALAYSIA",
      "VIETNAM", "THAILAND", "INDONESIA", "JAPAN", "KOREA", "RUSSIA", "RUSSIAN", "IRAN", "UAE", "DUBAI", "EMIRATES",
      "BEIJING", "SHANGHAI", "SHENZHEN", "GUANGZHOU", "TIANJIN", "CHONGQING", "CHENGDU", "WUHAN", "HANGZHOU",
      "NANJING", "XIAN", "XI", "AN", "SUZHOU", "DONGGUAN", "FOSHAN", "ZHUHAI", "XIAMEN", "QINGDAO", "DALIAN",
      "SHENYANG", "HARBIN", "CHANGSHA", "ZHENGZHOU", "JINAN", "HEFEI", "FUZHOU", "KUNMING", "NANCHANG", "NINGBO",
      "WUXI", "CHANGZHOU", "TAIYUAN", "SHIJIAZHUANG", "GUIYANG", "NANNING", "LANZHOU", "URUMQI", "HOHHOT",
      "GUANGDONG", "JIANGSU", "ZHEJIANG", "SHANDONG", "HENAN", "HEBEI", "HUBEI", "HUNAN", "SICHUAN", "FUJIAN",
      "ANHUI", "JIANGXI", "SHAANXI", "SHANXI", "LIAONING", "JILIN", "HEILONGJIANG", "YUNNAN", "GUIZHOU", "GUANGXI",
      "GANSU", "XINJIANG", "TIBET", "INNER", "MONGOLIA", "HAINAN", "NINGXIA", "QINGHAI", "KOWLOON", "MOSCOW",
      "TEHRAN", "PROVINCE", "CITY", "DISTRICT", "SAINT", "PETERSBURG", "HAIDIAN", "PUDONG", "NANSHAN", "FUTIAN",
      "PHILIPPINES", "KOREAN", "GERMANY", "SWEDEN", "FRANCE", "ITALY", "SPAIN", "NETHERLANDS", "BELGIUM", "SWISS",
      "SWITZERLAND", "AUSTRIA", "POLAND", "TURKEY", "INDIA", "PAKISTAN", "IRAQ", "SYRIA", "LEBANON", "ISRAEL",
      "EGYPT", "SAUDI", "ARABIA", "QATAR", "KUWAIT", "OMAN", "BAHRAIN", "CANADA", "AMERICA", "AMERICAN", "USA",
      "MEXICO", "BRAZIL", "AUSTRALIA", "ZEALAND", "BELARUS", "UKRAINE", "KAZAKHSTAN", "UZBEKISTAN", "ARMENIA",
      "GEORGIA", "AZERBAIJAN", "KYRGYZSTAN", "MYANMAR", "BURMA", "CAMBODIA", "LAOS", "NEPAL", "BANGLADESH",
      "SRI", "LANKA", "AFGHANISTAN", "VENEZUELA", "CUBA", "NICARAGUA", "BRITAIN", "ENGLAND", "LONDON", "EUROPE",
      "EUROPEAN", "AFRICA", "TAIPEI", "HSINCHU", "KAOHSIUNG", "TAICHUNG", "KUALA", "LUMPUR", "PENANG", "JOHOR",
      "SELANGOR", "HANOI", "HO", "CHI", "MINH", "BANGKOK", "JAKARTA", "BATAM", "MANILA", "TOKYO", "OSAKA", "SEOUL",
      "BUSAN", "KUNSHAN", "NANTONG", "YANTAI", "WEIHAI", "SHUNDE", "ZHONGSHAN", "HUIZHOU", "JIAXING", "SHAOXING",
      "WENZHOU", "YIWU", "QIANHAI", "LONGGANG", "BAOAN", "YIZHUANG", "ZHANGJIANG", "TSIM", "SHA", "TSUI", "WAN",
      "CHAI", "KWUN", "TONG", "KWAI", "CHUNG", "TSUEN", "MONG", "KOK", "SHANGDI", "ZHONGGUANCUN", "SAN", "PO"));

  /** Everything that can support a match and never make one. */
  static final Set<String> GENERIC = union(BOILERPLATE, PLACES);

  private static Set<String> union(Set<String> a, Set<String> b) {
    java.util.HashSet<String> all = new java.util.HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }

  /** Tokens of at most this length never index a name: too many accidental hits in free text. */
  static final int MIN_DISTINCTIVE_LENGTH = 3;

  private NameNormalizer() {
  }

  /** The name's tokens, folded, with legal forms removed and generic plurals made singular. */
  public static List<String> tokens(String name) {
    String folded = TextNormalizer.fold(name.replace("&", " AND "));
    List<String> tokens = new ArrayList<>();
    for (Token token : Tokenizer.tokenize(folded)) {
      if (!LEGAL_FORMS.contains(token.text())) {
        tokens.add(canonical(token.text()));
      }
    }
    return tokens;
  }

  /**
   * One spelling for the singular and plural of a generic word ("ELECTRONICS" and "ELECTRONIC",
   * "TECHNOLOGIES" and "TECHNOLOGY"): documents and lists use either.
   */
  public static String canonical(String foldedToken) {
    if (foldedToken.length() > 4 && foldedToken.endsWith("IES")) {
      String singular = foldedToken.substring(0, foldedToken.length() - 3) + "Y";
      if (GENERIC.contains(singular)) {
        return singular;
      }
    }
    if (foldedToken.length() > 3 && foldedToken.endsWith("S")) {
      String singular = foldedToken.substring(0, foldedToken.length() - 1);
      if (GENERIC.contains(singular)) {
        return singular;
      }
    }
    return foldedToken;
  }

  /** Words in english-words.txt (64,604): the set is sized for them once. */
  private static final int ENGLISH_WORD_COUNT = 65_000;
  /** English words (SCOWL, see NOTICE), upper-cased: ordinary words, not coined firm names. */
  private static final Set<String> ENGLISH_WORDS = loadWords("english-words.txt", ENGLISH_WORD_COUNT);

  /** A word list resource, one word per line, '#' comments, upper-cased. */
  private static Set<String> loadWords(String resource, int expected) {
    try (java.io.InputStream in = NameNormalizer.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the classpath");
      }
      // Filled once and wrapped, not copied: this runs in every cold start that screens parties.
      java.util.HashSet<String> words = java.util.HashSet.newHashSet(expected);
      String all = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).toUpperCase(java.util.Locale.ROOT);
      for (int start = 0, end; start < all.length(); start = end + 1) {
        end = all.indexOf('\n', start);
        if (end < 0) {
          end = all.length();
        }
        String line = all.substring(start, end).trim();
        if (!line.isEmpty() && !line.startsWith("#")) {
          words.add(line);
        }
      }
      return java.util.Collections.unmodifiableSet(words);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * True for an ordinary English word ("APEX", "FALCON", "SPARE"): it can support a name but is
   * weak evidence alone, unlike a coined name ("SOPHGO", "CAMBRICON").
   */
  public static boolean isEnglishWord(String foldedToken) {
    return ENGLISH_WORDS.contains(foldedToken);
  }

  /** Words in ordinary-words.txt (27,975): the set is sized for them once. */
  private static final int ORDINARY_WORD_COUNT = 28_000;
  private static final Set<String> ORDINARY_WORDS = loadWords("ordinary-words.txt", ORDINARY_WORD_COUNT);

  /**
   * True for an ordinary English word: one that ordinary text uses at least once per million words
   * (wordfreq's English frequencies, see NOTICE) and that the dictionary has as a common word
   * (SCOWL; or of three letters or fewer): "CODE", "CLASS", "FOCUS", "STEPS", "KARMA". A name
   * that rests on such a word is weak evidence: it is matched only where a party stands.
   */
  public static boolean isOrdinary(String foldedToken) {
    return ORDINARY_WORDS.contains(foldedToken)
        && (foldedToken.length() < 4 || ENGLISH_WORDS.contains(foldedToken));
  }

  /**
   * True for any word that frequent, an ordinary word or not: also the proper nouns of news text
   * ("HUAWEI", "NVIDIA", "PROMETHEUS"), which the dictionary (SCOWL, common words only) lacks.
   */
  public static boolean isFrequent(String foldedToken) {
    return ORDINARY_WORDS.contains(foldedToken);
  }

  /** Words that stand between a party label and the name ("Consignee name and address:", "Messrs", "Attn"). */
  static final Set<String> FILLER = Set.of("NAME", "ADDRESS", "AND", "OF", "THE", "M", "S", "MS", "MESSRS", "ATTN",
      "ATTENTION", "FULL", "DETAILS", "RECORD", "COMPANY", "TO", "NO", "DEAR");

  public static boolean isFiller(String foldedToken) {
    return FILLER.contains(foldedToken);
  }

  /**
   * Legal forms that say "a firm's name ends here": the legal forms above without the particles,
   * articles and words of ordinary prose among them ("THE", "OF", "AS", "OPEN", "SHARE").
   */
  static final Set<String> COMPANY_FORMS = Set.of("CO", "COMPANY", "LTD", "LIMITED", "LLC", "INC", "INCORPORATED",
      "CORP", "CORPORATION", "GMBH", "AG", "SA", "SRL", "SPA", "PTE", "PLC", "LLP", "BV", "NV", "OOO", "ZAO", "OAO",
      "PAO", "AO", "JSC", "PJSC", "OJSC", "CJSC", "SDN", "BHD", "KK", "PVT", "PTY", "FZE", "FZCO", "FZC", "DMCC",
      "SARL", "SAS", "OY", "ULC", "LTDA", "CIA");

  /** True for a legal form that closes a company name ("LTD", "GMBH", "JSC"). */
  public static boolean isCompanyForm(String foldedToken) {
    return COMPANY_FORMS.contains(foldedToken);
  }

  public static boolean isPlace(String foldedToken) {
    return PLACES.contains(foldedToken);
  }

  public static boolean isLegalForm(String foldedToken) {
    return LEGAL_FORMS.contains(foldedToken);
  }

  /** True when a token can never identify a party by itself. */
  public static boolean isGeneric(String foldedToken) {
    return foldedToken.length() < MIN_DISTINCTIVE_LENGTH || GENERIC.contains(foldedToken) || allDigits(foldedToken);
  }

  /** A loop rather than a stream: this runs for every word of every page. */
  private static boolean allDigits(String token) {
    for (int i = 0; i < token.length(); i++) {
      if (!Character.isDigit(token.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
