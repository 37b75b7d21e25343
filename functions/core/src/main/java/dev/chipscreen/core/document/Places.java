package dev.chipscreen.core.document;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Countries and the cities, districts and ports that stand for them in trade documents, by
 * ISO 3166 alpha-2 code. Used to compare the address written near a name with the countries of
 * a list entry, and to read where goods go.
 */
public final class Places {

  /** Hong Kong and Macau entries sit under "China" on the Entity List: these agree with CN. */
  static final List<String> CHINA_REGIONS = List.of("CN", "HK", "MO");

  private static final Map<String, String> ISO2 = new HashMap<>();

  static {
    put("CN", "CHINA", "PRC", "P.R.C", "PEOPLE'S REPUBLIC OF CHINA", "BEIJING", "SHANGHAI", "SHENZHEN", "GUANGZHOU",
        "TIANJIN", "CHONGQING", "CHENGDU", "WUHAN", "HANGZHOU", "NANJING", "XIAN", "XI'AN", "SUZHOU", "DONGGUAN",
        "FOSHAN", "ZHUHAI", "XIAMEN", "QINGDAO", "DALIAN", "SHENYANG", "HARBIN", "CHANGSHA", "ZHENGZHOU", "JINAN",
        "HEFEI", "FUZHOU", "KUNMING", "NINGBO", "WUXI", "HAIDIAN", "PUDONG", "NANSHAN", "FUTIAN", "QIANHAI",
        "GUANGDONG", "JIANGSU", "ZHEJIANG", "SHANDONG", "SICHUAN", "FUJIAN", "HUBEI", "HUNAN", "ANHUI", "KUNSHAN",
        "YIZHUANG", "ZHANGJIANG", "SHANGDI", "ZHONGGUANCUN", "NANTONG", "YUNNAN", "LANGCHAO", "中国", "北京", "上海", "深圳", "广州", "浦东", "成都", "杭州");
    put("HK", "HONG KONG", "HONGKONG", "KOWLOON", "KWUN TONG", "KWAI CHUNG", "TSUEN WAN", "TSIM SHA TSUI",
        "WAN CHAI", "SHEUNG WAN", "香港", "九龙");
    put("MO", "MACAU", "MACAO", "澳门");
    put("TW", "TAIWAN", "TAIPEI", "HSINCHU", "KAOHSIUNG", "TAICHUNG", "KEELUNG", "台湾", "台北");
    put("SG", "SINGAPORE", "JURONG", "新加坡");
    put("MY", "MALAYSIA", "KUALA LUMPUR", "SELANGOR", "PENANG", "JOHOR", "CYBERJAYA", "PORT KLANG", "马来西亚");
    put("VN", "VIETNAM", "VIET NAM", "HANOI", "HO CHI MINH", "HAIPHONG", "越南");
    put("TH", "THAILAND", "BANGKOK", "LAEM CHABANG", "泰国");
    put("ID", "INDONESIA", "JAKARTA", "BATAM", "SURABAYA", "印度尼西亚");
    put("PH", "PHILIPPINES", "MANILA", "QUEZON CITY");
    put("JP", "JAPAN", "TOKYO", "OSAKA", "YOKOHAMA", "日本");
    put("KR", "KOREA", "SOUTH KOREA", "SEOUL", "BUSAN", "INCHEON", "韩国");
    put("AE", "UAE", "UNITED ARAB EMIRATES", "DUBAI", "ABU DHABI", "JEBEL ALI", "SHARJAH");
    put("IN", "INDIA", "MUMBAI", "BANGALORE", "BENGALURU", "CHENNAI", "NEW DELHI");
    put("US", "USA", "U.S.A", "UNITED STATES", "CALIFORNIA", "TEXAS", "NEW YORK", "SANTA CLARA", "SAN JOSE",
        "AUSTIN", "SEATTLE", "LOS ANGELES", "EL MONTE", "MINNEAPOLIS", "ROCHESTER", "NORTH HILLS", "美国");
    put("DE", "GERMANY", "HAMBURG", "BERLIN", "MUNICH", "FRANKFURT", "WETZLAR");
    put("NL", "NETHERLANDS", "ROTTERDAM", "AMSTERDAM");
    put("GB", "UNITED KINGDOM", "UK", "LONDON", "ENGLAND", "MANCHESTER", "LEICESTER", "LEEDS", "FELIXSTOWE",
        "BIRMINGHAM", "SOUTHAMPTON");
    put("SE", "SWEDEN", "STOCKHOLM", "JONKOPING");
    put("RU", "RUSSIA", "RUSSIAN FEDERATION", "MOSCOW", "SAINT PETERSBURG", "ST. PETERSBURG");
    put("IR", "IRAN", "TEHRAN");
    put("TR", "TURKEY", "TURKIYE", "ISTANBUL");
    put("PK", "PAKISTAN", "KARACHI", "LAHORE");
    put("BY", "BELARUS", "MINSK");
    put("KP", "NORTH KOREA", "PYONGYANG");
    put("SY", "SYRIA", "DAMASCUS");
    put("CH", "SWITZERLAND", "ZURICH", "GENEVA");
    put("CU", "CUBA", "HAVANA");
    put("IL", "ISRAEL", "TEL AVIV", "HAIFA");
    put("AU", "AUSTRALIA", "MELBOURNE", "SYDNEY", "BRISBANE", "PERTH");
    put("NZ", "NEW ZEALAND", "AUCKLAND", "QUEENSTOWN");
    put("IT", "ITALY", "MILAN", "ROME");
    put("FR", "FRANCE", "PARIS", "LYON");
    put("CA", "CANADA", "TORONTO", "VANCOUVER", "CALGARY", "WATERLOO", "MONTREAL");
    put("NG", "NIGERIA", "LAGOS");
  }

  private static void put(String iso2, String... names) {
    ISO2.put(iso2, iso2);
    for (String name : names) {
      ISO2.put(name, iso2);
    }
  }

  private Places() {
  }

  /** The ISO-2 code a country name, code, city or district stands for, or null. Input is folded (upper case). */
  public static String iso2(String folded) {
    return ISO2.get(folded.trim().toUpperCase(Locale.ROOT));
  }

  /**
   * The code a place written in a document stands for, or null. Two-letter codes are ignored
   * ("IN", "MY", "BY" are words), except HK, which documents write for Hong Kong.
   */
  public static String inText(String foldedPhrase) {
    String phrase = foldedPhrase.trim();
    if (phrase.length() <= 2 && !phrase.equals("HK")) {
      return null;
    }
    return ISO2.get(phrase);
  }

  /** The longest phrase a place name can have, in words ("TSIM SHA TSUI", "UNITED ARAB EMIRATES"). */
  public static final int MAX_WORDS = 3;

  /** True when two codes agree, counting Hong Kong and Macau as China (as the Entity List does). */
  public static boolean agree(String a, String b) {
    return a.equals(b) || CHINA_REGIONS.contains(a) && CHINA_REGIONS.contains(b);
  }
}
