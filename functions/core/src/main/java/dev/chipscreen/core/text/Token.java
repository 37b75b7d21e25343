package dev.chipscreen.core.text;

/**
 * A word of folded text and where it stands in that text.
 *
 * @param text  the folded characters of the word
 * @param start offset of its first character in the folded text
 * @param end   offset just past its last character
 */
public record Token(String text, int start, int end) {
}
