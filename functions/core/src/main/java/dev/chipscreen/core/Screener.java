package dev.chipscreen.core;

import dev.chipscreen.core.document.DocumentClassifier;
import dev.chipscreen.core.document.DocumentReader;
import dev.chipscreen.core.document.PartyRoles;
import dev.chipscreen.core.document.RedFlags;
import dev.chipscreen.core.document.TradeDocument;
import dev.chipscreen.core.report.SeverityPolicy;
import dev.chipscreen.core.extract.DocumentExtractor;
import dev.chipscreen.core.extract.ExtractedText;
import dev.chipscreen.core.extract.Page;
import dev.chipscreen.core.extract.ParseGuard;
import dev.chipscreen.core.extract.UnreadableDocumentException;
import dev.chipscreen.core.lists.Hashes;
import dev.chipscreen.core.lists.PartyList;
import dev.chipscreen.core.match.chip.ChipCatalogue;
import dev.chipscreen.core.match.chip.ChipMatcher;
import dev.chipscreen.core.match.chip.DisguisedChipDetector;
import dev.chipscreen.core.match.party.Allowlist;
import dev.chipscreen.core.match.party.PartyIndex;
import dev.chipscreen.core.match.party.PartyMatcher;
import dev.chipscreen.core.match.party.PartySlots;
import dev.chipscreen.core.ocr.Ocr;
import dev.chipscreen.core.report.ChipFinding;
import dev.chipscreen.core.report.DisguisedChipFinding;
import dev.chipscreen.core.report.DocumentInfo;
import dev.chipscreen.core.report.DocumentType;
import dev.chipscreen.core.report.EvidenceCollector;
import dev.chipscreen.core.report.Finding;
import dev.chipscreen.core.report.IncompleteFinding;
import dev.chipscreen.core.report.OcrRead;
import dev.chipscreen.core.report.PartyFinding;
import dev.chipscreen.core.report.ScreeningReport;
import dev.chipscreen.core.report.SeverityModel;
import dev.chipscreen.core.report.Status;
import dev.chipscreen.core.report.Suppression;
import dev.chipscreen.core.report.UnreadableFinding;
import dev.chipscreen.core.text.FoldedText;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The screening core: bytes in, one {@link ScreeningReport} out, whatever the bytes hold.
 * The CLI and the Lambda functions both call this and nothing below it. Thread-safe once built.
 */
public final class Screener {

  /** The document type is read from the first this-many characters: titles and labels sit early. */
  static final int CLASSIFY_CHARS = 20_000;
  /**
   * The least time reading and matching get after an extraction that used up nearly all the
   * deadline: a normal document needs milliseconds for them, so the deadline is overrun by at
   * most this much, and a document whose extraction finished is not declared TIMEOUT at once.
   */
  static final long MIN_ANALYSIS_MILLIS = 1_000;
  /**
   * The OCR budget counts a document's own work (its pages holding a core), not its wait for a
   * busy machine; the wall-clock deadline over a document with OCR therefore allows this many OCR
   * budgets: its own, and the pages of up to three other documents screened at once (the CLI's
   * default --jobs is at most 4) holding the cores before it.
   */
  static final int OCR_WAIT_ALLOWANCE = 4;

  private final Limits limits;
  private final DocumentExtractor extractor;
  private final ChipMatcher chips;
  private final DisguisedChipDetector disguised = new DisguisedChipDetector();
  /**
   * The lists and their matcher, loaded and indexed on a thread of its own from the constructor
   * on (a second or so for the full lists in a cold JVM, unless read from snapshots): the first
   * documents are extracted and read meanwhile, and wait only to be matched.
   */
  private final FutureTask<Parties> parties;

  private record Parties(PartyList list, PartyMatcher matcher) {
  }
  private final Allowlist allowlist;
  private final SeverityPolicy policy;
  private final Clock clock;
  private final Ocr ocr;

  public Screener(Limits limits, ChipCatalogue catalogue, PartyList partyList, Clock clock) {
    this(limits, catalogue, partyList, Allowlist.EMPTY, clock);
  }

  public Screener(Limits limits, ChipCatalogue catalogue, PartyList partyList, Allowlist allowlist, Clock clock) {
    this(limits, catalogue, partyList, allowlist, SeverityPolicy.DEFAULTS, clock);
  }

  public Screener(Limits limits, ChipCatalogue catalogue, PartyList partyList, Allowlist allowlist,
                  SeverityPolicy policy, Clock clock) {
    this(limits, catalogue, partyList, allowlist, policy, clock, Ocr.OFF);
  }

  /** A screener that OCRs pages without a text layer with {@code ocr} ({@link Ocr#OFF}: it does not). */
  public Screener(Limits limits, ChipCatalogue catalogue, PartyList partyList, Allowlist allowlist,
                  SeverityPolicy policy, Clock clock, Ocr ocr) {
    this(limits, catalogue, () -> partyList, PartyIndex::build, allowlist, policy, clock, ocr);
  }

  /**
   * As above, with the lists from {@code partyList} (read from a store, say) and their index from
   * {@code partyIndex} (a snapshot read from disk, say), both called once on the index's own
   * thread. A failure of either surfaces from {@link #partyList()} and from every screening.
   */
  public Screener(Limits limits, ChipCatalogue catalogue, Supplier<PartyList> partyList,
                  Function<PartyList, PartyIndex> partyIndex, Allowlist allowlist, SeverityPolicy policy, Clock clock,
                  Ocr ocr) {
    this.ocr = ocr;
    this.policy = policy;
    this.allowlist = allowlist;
    this.limits = limits;
    this.extractor = new DocumentExtractor(limits, ocr);
    this.chips = new ChipMatcher(catalogue);
    this.parties = new FutureTask<>(() -> {
      PartyList list = partyList.get();
      return new Parties(list, new PartyMatcher(partyIndex.apply(list)));
    });
    Thread.ofPlatform().name("chipscreen-party-index").daemon().start(parties);
    this.clock = clock;
  }

  public Limits limits() {
    return limits;
  }

  /** The lists screened against, waiting for them if they are still being loaded. */
  public PartyList partyList() {
    return parties().list();
  }

  /** The lists and their matcher, waiting for them if they are still being loaded and indexed. */
  private Parties parties() {
    try {
      return parties.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the party index was built", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException("the restricted-party lists could not be loaded and indexed: "
          + e.getCause().getMessage(), e.getCause());
    }
  }

  /** Whether this screener OCRs scans and images (else they come out UNREADABLE with reason NEEDS_OCR). */
  public boolean ocrEnabled() {
    return ocr.enabled();
  }

  /** Screens one document. Never throws for anything the bytes hold. */
  public ScreeningReport screen(String name, byte[] bytes) {
    return screen(name, bytes, Long.MAX_VALUE);
  }

  /**
   * Screens one document within one deadline of {@code parseMillis} (at most the configured parse
   * limit, plus the OCR budget when OCR is on) over all its work: detection, extraction, reading,
   * matching and red flags. Past it the document is UNREADABLE {@code TIMEOUT}, the message
   * saying which part ran out of time.
   */
  public ScreeningReport screen(String name, byte[] bytes, long parseMillis) {
    long ceiling = limits.maxParseMillis() + (ocr.enabled() ? ocr.limits().maxMillis() * OCR_WAIT_ALLOWANCE : 0);
    long budget = Math.max(1, Math.min(parseMillis, ceiling));
    String sha256 = Hashes.sha256(bytes);
    List<String> notes = new ArrayList<>();
    String mediaType = "application/octet-stream";
    ExtractedText text;
    long started = System.nanoTime();
    try {
      mediaType = bytes.length == 0 ? "application/x-empty" : ParseGuard.run(() -> extractor.detect(bytes), budget);
      long left = Math.max(1, budget - (System.nanoTime() - started) / 1_000_000);
      String detected = bytes.length == 0 ? null : mediaType;
      // OCR stops short of the guard, so that a slow scan ends with its OCRed pages and a gap, not a TIMEOUT.
      long ocrMillis = Math.max(1, left - left / 10);
      text = ParseGuard.run(() -> extractor.extract(bytes, detected, ocrMillis), left);
    } catch (UnreadableDocumentException e) {
      return unreadable(name, sha256, mediaType, bytes.length, e.reason().name(), e.getMessage(), withListsNote(notes));
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // A parser bug must still end in one record for this document, never in a lost one.
      return unreadable(name, sha256, mediaType, bytes.length, "PARSER_FAILURE",
          "the parser failed on this file: " + e, withListsNote(notes));
    }
    // Waiting for the lists to load is the instance's start-up, not this document's work: the
    // deadline's clock stops for it.
    long extractedIn = (System.nanoTime() - started) / 1_000_000;
    Parties lists = parties();
    withListsNote(notes);
    long left = Math.max(MIN_ANALYSIS_MILLIS, budget - extractedIn);
    String type = mediaType;
    ExtractedText extracted = text;
    // The analysis gets its own copy of the notes: an abandoned one must not write into the TIMEOUT report's.
    List<String> analysisNotes = new ArrayList<>(notes);
    try {
      return ParseGuard.run(() -> analyse(name, sha256, bytes.length, extracted, lists, analysisNotes), left,
          "reading and matching the document's text");
    } catch (UnreadableDocumentException e) {
      return unreadable(name, sha256, type, bytes.length, e.reason().name(), e.getMessage(), notes);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      return unreadable(name, sha256, type, bytes.length, "PARSER_FAILURE",
          "reading the document's text failed: " + e, notes);
    }
  }

  /** Everything after extraction: matching, reading the fields, red flags, severity. Runs under the deadline. */
  private ScreeningReport analyse(String name, String sha256, int size, ExtractedText text, Parties lists,
                                  List<String> notes) {
    List<Finding> findings = new ArrayList<>();
    List<Suppression> suppressed = new ArrayList<>();
    StringBuilder allText = new StringBuilder();
    // Read first: the party fields it finds say where a weak name may stand as a party.
    TradeDocument structured = DocumentReader.read(text.pages());
    EvidenceCollector evidence = new EvidenceCollector();
    for (Page page : text.pages()) {
      FoldedText folded = FoldedText.of(page.text());
      OcrRead ocrRead = OcrRead.of(page.ocrConfidence());
      if (allText.length() < CLASSIFY_CHARS) {
        allText.append(folded.folded()).append('\n');
      }
      List<ChipMatcher.Match> chipMatches = chips.match(folded);
      if (chipMatches.size() >= ChipMatcher.MAX_MATCHES_PER_PAGE) {
        findings.add(new IncompleteFinding("MATCH_LIMIT", "page " + page.number() + " names more than "
            + ChipMatcher.MAX_MATCHES_PER_PAGE + " chip models; the rest of the page was not judged"));
      }
      List<int[]> named = new ArrayList<>();
      for (ChipMatcher.Match m : chipMatches) {
        named.add(new int[] {m.start(), m.end()});
      }
      for (DisguisedChipDetector.Match m : disguised.match(folded, named)) {
        evidence.quote(page.number(), page.text(), folded.originalOffset(m.start()),
            folded.originalSpan(m.start(), m.end()).length());
        findings.add(new DisguisedChipFinding(folded.originalSpan(m.start(), m.end()).strip(), m.description(),
            m.hsCode(), page.number(), folded.originalOffset(m.start()), m.score(), m.reason() + source(page),
            m.unitValue(), m.currency(), ocrRead));
      }
      for (ChipMatcher.Match m : chipMatches) {
        int chipOffset = folded.originalOffset(m.start());
        String chipText = folded.originalSpan(m.start(), m.end());
        evidence.quote(page.number(), page.text(), chipOffset, chipText.length());
        evidence.catalogueEntry(m.entry());
        findings.add(new ChipFinding(m.entry().model(), m.entry().vendor(), m.entry().eccn(),
            m.entry().controlStatus(), folded.originalSpan(m.start(), m.end()), page.number(),
            folded.originalOffset(m.start()), m.score(), m.reason() + source(page), m.quantity(), m.unitValue(),
            m.currency(), ocrRead));
      }
      // On an OCRed page, names are matched with OCR's digit-for-letter misreadings undone.
      FoldedText names = page.ocred() ? folded.withOcrLetters() : folded;
      PartySlots slots = PartySlots.of(structured.parties().stream()
          .filter(p -> p.page() == page.number()).map(TradeDocument.Party::name).toList());
      for (PartyMatcher.Match m : lists.list().isEmpty() ? List.<PartyMatcher.Match>of()
          : lists.matcher().match(names, page.ocred(), slots, policy.partyReviewThreshold(),
              policy.partyAlertThreshold())) {
        PartyFinding.Tier tier = m.score() >= policy.partyAlertThreshold() ? PartyFinding.Tier.ALERT : PartyFinding.Tier.REVIEW;
        List<PartyFinding.Candidate> candidates = new ArrayList<>(m.others().size());
        for (PartyMatcher.Match o : m.others()) {
          candidates.add(new PartyFinding.Candidate(o.party().name(), o.party().list(), o.party().listCode(),
              o.party().sourceId(), o.score(), nameOrAlias(o) + ": " + o.reason() + "; " + whyLower(m, o)));
        }
        PartyFinding finding = new PartyFinding(m.party().name(), m.party().list(), m.party().listCode(), m.party().sourceId(),
            m.party().federalRegister(), folded.originalSpan(m.start(), m.end()), page.number(),
            folded.originalOffset(m.start()), m.score(), tier, nameOrAlias(m) + ": " + m.reason() + source(page),
            PartyRoles.roleAt(names.folded(), m.start()), ocrRead, candidates);
        Allowlist.Entry cleared = allowlist.clearing(finding);
        if (cleared == null) {
          evidence.quote(page.number(), page.text(), finding.offset(), finding.matchedText().length());
          evidence.listEntry(m.party());
          m.others().forEach(o -> evidence.listEntry(o.party()));
          findings.add(finding);
        } else {
          suppressed.add(new Suppression(finding.listedName(), finding.listCode(), finding.sourceId(),
              finding.matchedText(), finding.page(), finding.score(), cleared.reason()));
        }
      }
    }
    findings.addAll(RedFlags.of(structured, findings, allText.toString()));
    for (ExtractedText.Gap gap : text.gaps()) {
      findings.add(new IncompleteFinding(gap.reason(), gap.detail()));
    }
    notes.addAll(text.notes());
    findings.sort(Comparator.comparing(Finding::severity).reversed());
    DocumentType type = DocumentClassifier.classify(allText.toString());
    DocumentInfo info = new DocumentInfo(name, sha256, text.mediaType(), type, text.pages().size(), size,
        text.ocrPages(), text.ocrEngine());
    return new ScreeningReport(ScreeningReport.SCHEMA_VERSION, info, Status.SCREENED, null,
        SeverityModel.of(findings, policy), findings, lists.list().versions(), chips.catalogue().version(), notes,
        clock.instant().toString(), suppressed, structured, evidence.evidence());
  }

  /**
   * The report for a document whose bytes were never read: too large to fetch, or an I/O error.
   * The caller streams the hash when it can; an empty sha256 means it could not.
   */
  public ScreeningReport rejected(String name, long size, String sha256, String reason, String detail) {
    List<String> notes = new ArrayList<>();
    return unreadable(name, sha256, "application/octet-stream", size, reason, detail, notes);
  }

  /** Notes first, when no lists are installed, that parties were not screened. */
  private List<String> withListsNote(List<String> notes) {
    if (partyList().isEmpty()) {
      notes.add(0, "no restricted-party lists are installed: parties were not screened "
          + "(run 'chipscreen lists import DIR' or 'chipscreen lists update')");
    }
    return notes;
  }

  private static String nameOrAlias(PartyMatcher.Match m) {
    return m.name().equals(m.party().name()) ? "name" : "alias '" + m.name() + "'";
  }

  /** Why a candidate ranks below the finding's entry: a lower score, or more of the name unwritten. */
  private static String whyLower(PartyMatcher.Match best, PartyMatcher.Match other) {
    if (other.score() < best.score()) {
      return "ranks lower: score " + other.score() + " < " + best.score();
    }
    if (other.missing() > best.missing()) {
      return "ranks lower: " + other.missing() + " word(s) of the written or listed name unmatched, against "
          + best.missing();
    }
    return "ranks lower: an equal match; the finding cites the primary name, the longer quote, the fuller record";
  }

  private static String source(Page page) {
    String ocred = page.ocred() ? String.format(java.util.Locale.ROOT, "; read by OCR (page confidence %.2f):"
        + " check the page image", page.ocrConfidence()) : "";
    return ocred + (page.source().isEmpty() ? "" : " [" + page.source() + "]");
  }

  private ScreeningReport unreadable(String name, String sha256, String mediaType, long size, String reason,
                                     String detail, List<String> notes) {
    List<Finding> findings = List.of(new UnreadableFinding(reason, detail));
    DocumentInfo info = new DocumentInfo(name, sha256, mediaType, DocumentType.OTHER, 0, size);
    return new ScreeningReport(ScreeningReport.SCHEMA_VERSION, info, Status.UNREADABLE, reason + ": " + detail,
        SeverityModel.of(findings), findings, partyList().versions(), chips.catalogue().version(), notes,
        clock.instant().toString());
  }
}
