package dev.chipscreen.core.match.chip;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The words around a model-like token that say whether it is a chip. Positive context (a
 * vendor, GPU words, a memory size, a GPU HS code) confirms a short alias; negative context
 * (a vehicle, a pump, a lamp, a phone, a standard, water, an accessory sold for a GPU, a
 * company name) marks a look-alike.
 */
final class ChipContext {

  /** Words naming a chip vendor or product line. */
  static final List<String> VENDOR_WORDS = List.of("NVIDIA", "NVDA", "英伟达", "辉达", "AMD", "INTEL", "HABANA",
      "HUAWEI", "华为", "GEFORCE", "QUADRO", "INSTINCT", "RADEON", "SUPERMICRO");
  /** Words that place a token among GPUs and accelerators. */
  static final List<String> GPU_WORDS = List.of("GPU", "GPUS", "GRAPHICS", "ACCELERATOR", "ACCELERATORS", "TENSOR",
      "CUDA", "HBM", "HBM2", "HBM2E", "HBM3", "HBM3E", "GDDR6", "GDDR6X", "GDDR7", "SXM", "SXM4", "SXM5", "PCIE",
      "NVLINK", "OAM", "HGX", "DGX", "DATACENTER", "VIDEO CARD", "COMPUTE CARD", "AI TRAINING", "AI INFERENCE",
      "显卡", "图形处理器", "加速卡", "计算卡", "算力", "人工智能", "服务器", "GPU卡", "训练卡", "推理卡");

  static final Pattern MEMORY_SIZE = Pattern.compile("(?<![A-Z0-9])\\d{2,3}\\s?GB(?![A-Z0-9])");
  /** HS headings under which GPUs, GPU boards and GPU servers are declared. */
  static final Pattern GPU_HS_CODE = Pattern.compile(
      "(?<!\\d)(?:8473[.\\s]?30|8471[.\\s]?50|8471[.\\s]?80|8542[.\\s]?31)(?:[.\\s]?\\d{2,4}){0,3}+(?!\\d)");

  /** A look-alike class: its name, and the words that reveal it. */
  /**
   * A product a model number may belong to instead of a GPU.
   *
   * @param overriddenByVendor     a GPU vendor on the line clears it (a "van" is no GPU vendor's)
   * @param weighedAgainstTheGpu   it is weighed against the line's GPU evidence rather than winning
   *                               alone: an accessory word on a line that sells the card itself
   */
  record LookAlike(String name, List<String> words, boolean overriddenByVendor, boolean weighedAgainstTheGpu) {
    LookAlike(String name, List<String> words, boolean overriddenByVendor) {
      this(name, words, overriddenByVendor, false);
    }
  }

  /** Vendor, GPU word, memory size: this many on a line say it sells the GPU, whatever accessory it names. */
  static final int MIN_GPU_EVIDENCE = 2;
  /** Accessory words that say the line sells the accessory and nothing else. */
  static final List<String> ACCESSORY_ONLY = List.of("EMPTY BOX", "BOX ONLY", "DUMMY", "MOCK-UP", "MOCKUP",
      "STICKER", "DECAL", "SKIN");
  /** How far before a model a "for"/"compatible with" is read: "waterblock for ASUS TUF RTX 4090". */
  static final int FITS_REACH = 30;
  /** Words saying the model is what an accessory fits, not what is sold. */
  static final Pattern FITS = Pattern.compile("\\b(?:FOR|FITS|COMPATIBLE|SUITS|SUITABLE)\\b|适用|适配|用于");

  static final List<LookAlike> LOOK_ALIKES = List.of(
      new LookAlike("a vehicle or vehicle part", List.of("HYUNDAI", "VAN", "TRUCK", "MINIBUS", "CAR", "AUTO PARTS",
          "AUTOMOTIVE", "VEHICLE", "BRAKE", "BUMPER", "HEADLIGHT", "TAILLIGHT", "TIRE", "TYRE", "ENGINE", "GEARBOX",
          "CLUTCH", "WIPER", "SHOCK ABSORBER", "MOTORCYCLE", "SCOOTER", "汽车", "刹车", "轮胎"), true),
      new LookAlike("a pump or valve", List.of("PUMP", "PUMPS", "VALVE", "IMPELLER", "COMPRESSOR", "HYDRAULIC",
          "泵", "阀"), true),
      new LookAlike("a lamp or bulb", List.of("LAMP", "BULB", "BULBS", "HALOGEN", "HEADLAMP", "XENON", "灯泡",
          "车灯"), true),
      new LookAlike("a phone", List.of("PHONE", "SMARTPHONE", "GALAXY", "SAMSUNG", "XIAOMI", "REDMI", "OPPO", "VIVO",
          "MOTOROLA", "手机"), true),
      new LookAlike("water or a chemical", List.of("WATER", "H2O", "DISTILLED", "LITRE", "LITER", "BOTTLE",
          "CHEMICAL", "纯净水"), true),
      new LookAlike("an accessory sold for a GPU, without the GPU", List.of("WATERBLOCK", "WATER BLOCK", "COOLER",
          "BACKPLATE", "RISER", "BRACKET", "SHROUD", "THERMAL PAD", "THERMAL PASTE", "ANTI-SAG", "ANTI SAG",
          "GPU HOLDER", "GPU SUPPORT", "SKIN", "STICKER", "DECAL", "EMPTY BOX", "BOX ONLY", "RETAIL BOX",
          "POWER CABLE", "EXTENSION CABLE", "ADAPTER", "DUMMY", "MOCK-UP", "MOCKUP", "散热器", "水冷", "支架",
          "转接", "背板"), false, true));

  /** Words that, right before a model token, make it a standard's number: "ISO 4090", "GB/T 100". */
  static final List<String> STANDARD_PREFIXES = List.of("ISO", "ASTM", "DIN", "IEC", "ANSI", "SAE", "JIS", "EN",
      "GB", "GB/T", "BS", "UL", "STANDARD", "NORM", "标准");

  /** Words that, right after a model token, make it part of a company name. */
  static final List<String> COMPANY_SUFFIXES = List.of("LTD", "LIMITED", "CO", "COMPANY", "INC", "LLC", "CORP",
      "CORPORATION", "GMBH", "TRADING", "LOGISTICS", "HOLDINGS", "GROUP", "PTE", "有限公司", "公司");

  /** Tokens that may be glued to a model by hyphens without making it an identifier. */
  static final Pattern SUFFIX_TOKEN = Pattern.compile(
      "\\d{1,3}GB|SXM\\d?|PCIE|NVL|OAM|HBM\\w*|GDDR\\w*|GPU|[A-Z]?\\d{1,2}|V\\d|OC|GAMING|PRO|MAX|Q|SERVER|D");

  private ChipContext() {
  }

  /** True when {@code text} contains {@code word} standing alone (not inside a longer Latin word). */
  static boolean containsWord(String text, String word) {
    int from = 0;
    while (true) {
      int at = text.indexOf(word, from);
      if (at < 0) {
        return false;
      }
      boolean latin = Character.isLetterOrDigit(word.charAt(0)) && word.charAt(0) < 0x3000;
      if (!latin) {
        return true;
      }
      int end = at + word.length();
      boolean before = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)) || text.charAt(at - 1) >= 0x3000;
      boolean after = end >= text.length() || !Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) >= 0x3000;
      if (before && after) {
        return true;
      }
      from = at + 1;
    }
  }

  static String firstWord(String text, List<String> words) {
    for (String word : words) {
      if (containsWord(text, word)) {
        return word;
      }
    }
    return null;
  }
}
