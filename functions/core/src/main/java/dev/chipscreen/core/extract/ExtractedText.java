package dev.chipscreen.core.extract;

import java.util.List;

/**
 * All the text read from one document.
 *
 * @param mediaType the type detected from the bytes
 * @param pages     the pages and parts, in order
 * @param gaps      what was not read (a limit reached, an unreadable attachment), each a {@link Gap}
 * @param notes     remarks that are not gaps (e.g. embedded images that carry no text layer)
 * @param ocrEngine the OCR engine that read some pages, e.g. "tesseract 5.3.0 (eng+chi_sim)"; null when none did
 */
public record ExtractedText(String mediaType, List<Page> pages, List<Gap> gaps, List<String> notes,
                            String ocrEngine) {

  public ExtractedText(String mediaType, List<Page> pages, List<Gap> gaps, List<String> notes) {
    this(mediaType, pages, gaps, notes, null);
  }

  /** Numbers of the pages whose text came from OCR. */
  public List<Integer> ocrPages() {
    return pages.stream().filter(Page::ocred).map(Page::number).toList();
  }

  public ExtractedText {
    pages = List.copyOf(pages);
    gaps = List.copyOf(gaps);
    notes = List.copyOf(notes);
  }

  /** True when no page holds anything but white space. */
  public boolean isBlank() {
    return pages.stream().allMatch(p -> p.text().isBlank());
  }

  /**
   * Part of a document that was not read.
   *
   * @param reason machine-readable cause (PAGE_LIMIT, CHAR_LIMIT, ATTACHMENT_LIMIT, ATTACHMENT_UNREADABLE)
   * @param detail words for the analyst
   */
  public record Gap(String reason, String detail) {
  }
}
