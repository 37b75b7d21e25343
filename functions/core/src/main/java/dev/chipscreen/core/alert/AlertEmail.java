package dev.chipscreen.core.alert;

/**
 * The e-mail an alert becomes: subject, plain-text body and HTML body. The subject is built
 * only from sanitised values; the HTML escapes every string that came from a document.
 */
public record AlertEmail(String subject, String text, String html) {
}
