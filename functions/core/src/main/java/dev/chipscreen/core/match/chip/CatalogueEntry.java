package dev.chipscreen.core.match.chip;

import dev.chipscreen.core.report.ControlStatus;
import java.util.List;
import java.util.Map;

/**
 * One catalogue model: a controlled accelerator, board, system or server, or an uncontrolled
 * variant kept so that it is recognised and not mistaken for its controlled sibling.
 *
 * @param model          display name used in findings, e.g. "NVIDIA H100 SXM5"
 * @param vendor         NVIDIA, AMD, INTEL, HUAWEI, DELL, SUPERMICRO, ...
 * @param family         model family for grouping and quality metrics, e.g. "H100"
 * @param kind           ACCELERATOR, GRAPHICS_CARD, SYSTEM or SERVER
 * @param aliases        names that identify the model on their own ("H100 SXM5", "RTX 4090")
 * @param contextAliases names that identify it only with GPU context nearby ("H100", "H20")
 * @param partNumbers    vendor part numbers and part-number prefixes
 * @param eccn           export classification
 * @param tpp            total processing performance, when known
 * @param controlStatus  the model's control status for China
 * @param basis          the rule and date the status rests on
 * @param sources        where the facts come from
 * @param notes          conflicts between sources and other caveats
 * @param variantHints   word after a family mention that names the variant: "SXM5" -> "NVIDIA H100 SXM5",
 *                       "HL328" -> the China Gaudi 3 (keys are written without separators)
 * @param chinaMarket    a variant made for the China market to stay under the thresholds (RTX 4090D, L20):
 *                       not controlled, but reported (LOW, with its basis) so that an analyst sees where it goes
 */
public record CatalogueEntry(String model, String vendor, String family, String kind, List<String> aliases,
                             List<String> contextAliases, List<String> partNumbers, String eccn, Integer tpp,
                             ControlStatus controlStatus, String basis, List<String> sources, String notes,
                             Map<String, String> variantHints, Boolean chinaMarket) {
  public CatalogueEntry {
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
    contextAliases = contextAliases == null ? List.of() : List.copyOf(contextAliases);
    partNumbers = partNumbers == null ? List.of() : List.copyOf(partNumbers);
    sources = sources == null ? List.of() : List.copyOf(sources);
    variantHints = variantHints == null ? Map.of() : Map.copyOf(variantHints);
    chinaMarket = Boolean.TRUE.equals(chinaMarket);
  }

  /** True when the model is not controlled on its parameters. */
  public boolean notControlled() {
    return controlStatus == ControlStatus.NOT_CONTROLLED_ON_PARAMETERS;
  }

  /** True when a mention of this model is reported: everything but the uncontrolled variants not made for China. */
  public boolean reported() {
    return !notControlled() || chinaMarket;
  }
}
