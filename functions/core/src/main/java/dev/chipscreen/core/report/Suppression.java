package dev.chipscreen.core.report;

/**
 * A party finding the allowlist cleared: kept in the report so the decision stays visible.
 *
 * @param listedName  the list entry's name
 * @param listCode    its list
 * @param sourceId    its source id
 * @param matchedText the text that matched
 * @param page        where
 * @param score       the match score
 * @param clearedBy   the allowlist entry's reason
 */
public record Suppression(String listedName, String listCode, String sourceId, String matchedText, int page,
                          double score, String clearedBy) {
}
