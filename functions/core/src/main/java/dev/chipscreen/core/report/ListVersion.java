package dev.chipscreen.core.report;

/**
 * Which version of a restricted-party list a report was screened against.
 *
 * @param source  the list source id, e.g. "csl" or "bis-entity-list"
 * @param file    the file name the entries came from
 * @param sha256  hex SHA-256 of that file as imported
 * @param entries how many entries were loaded from it
 */
public record ListVersion(String source, String file, String sha256, int entries) {
}
