package dev.chipscreen.core.lists.refresh;

import dev.chipscreen.core.lists.Hashes;
import dev.chipscreen.core.lists.ListFile;
import dev.chipscreen.core.lists.ListFormatException;
import dev.chipscreen.core.lists.ListSource;
import dev.chipscreen.core.lists.RestrictedParty;
import dev.chipscreen.core.lists.store.ListStore;
import dev.chipscreen.core.lists.store.Manifest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Downloads current list files, validates them and publishes them to the list store. A file
 * is published only if it parses, its row count stays within {@link #MIN_RATIO}..{@link #MAX_RATIO}
 * of the version it replaces, and it holds the lists it must (the CSL must carry EL, SDN, DPL,
 * UVL and MEU). Anything else fails the refresh of that source and keeps the previous version.
 */
public final class ListRefresh {

  /** The official CSL download (trade.gov); override per source with a URL of your own. */
  public static final URI CSL_URL =
      URI.create("https://data.trade.gov/downloadable_consolidated_screening_list/v1/consolidated.csv");
  /** A new version must have at least half the rows of the one it replaces... */
  public static final double MIN_RATIO = 0.5;
  /** ...and at most twice as many. */
  public static final double MAX_RATIO = 2.0;
  /** Largest download accepted: the full CSL is about 15 MB. */
  public static final long MAX_DOWNLOAD_BYTES = 200L * 1024 * 1024;
  public static final Duration TIMEOUT = Duration.ofSeconds(60);

  /**
   * One list to refresh.
   *
   * @param source        which reader parses it
   * @param url           where it is downloaded from (http, https or file)
   * @param fileName      the name it is stored under
   * @param expectedCodes list codes that must be present in it
   */
  public record Target(ListSource source, URI url, String fileName, Set<String> expectedCodes) {
    public Target {
      expectedCodes = Set.copyOf(expectedCodes);
    }
  }

  /** The default: the CSL CSV from trade.gov, or from {@code url} when given. */
  public static Target csl(URI url) {
    return new Target(ListSource.CSL, url == null ? CSL_URL : url, "consolidated.csv",
        Set.of("EL", "SDN", "DPL", "UVL", "MEU"));
  }

  /** What happened to one target. */
  public record Outcome(Target target, boolean published, int entries, String sha256, String message) {
  }

  private final ListStore store;
  private final HttpClient http;
  private final Clock clock;

  public ListRefresh(ListStore store, HttpClient http, Clock clock) {
    this.store = store;
    this.http = http;
    this.clock = clock;
  }

  public static HttpClient defaultClient() {
    return HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NORMAL).build();
  }

  public List<Outcome> refresh(List<Target> targets) throws IOException {
    List<Outcome> outcomes = new ArrayList<>();
    for (Target target : targets) {
      outcomes.add(refreshOne(target));
    }
    return outcomes;
  }

  private Outcome refreshOne(Target target) throws IOException {
    byte[] content;
    try {
      content = download(target.url());
    } catch (IOException e) {
      return new Outcome(target, false, 0, null, "download failed, previous version kept: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Outcome(target, false, 0, null, "download interrupted, previous version kept");
    }
    String sha = Hashes.sha256(content);
    List<RestrictedParty> parties;
    try {
      parties = target.source().reader().read(ListFile.of(target.fileName(), content), sha);
    } catch (ListFormatException e) {
      return new Outcome(target, false, 0, sha, "invalid file, previous version kept: " + e.getMessage());
    }
    String problem = validate(target, parties);
    if (problem != null) {
      return new Outcome(target, false, parties.size(), sha, problem + "; previous version kept");
    }
    Manifest.Entry previous = previous(target.source());
    if (previous != null && previous.sha256().equals(sha)) {
      return new Outcome(target, false, parties.size(), sha, "unchanged since " + previous.importedAt());
    }
    String path = target.source().id() + "/download/" + target.fileName();
    store.write(path, content);
    store.publishReplacingSource(new Manifest.Entry(target.source().id(), path, sha, parties.size(),
        clock.instant().toString(), Map.of()));
    return new Outcome(target, true, parties.size(), sha, "published " + parties.size() + " entries"
        + (previous == null ? "" : " (previously " + previous.entries() + ")"));
  }

  private String validate(Target target, List<RestrictedParty> parties) throws IOException {
    Manifest.Entry previous = previous(target.source());
    if (previous != null) {
      double ratio = (double) parties.size() / previous.entries();
      if (ratio < MIN_RATIO || ratio > MAX_RATIO) {
        return "row count " + parties.size() + " is outside " + MIN_RATIO + "x.." + MAX_RATIO + "x of the previous "
            + previous.entries();
      }
    }
    Set<String> codes = new HashSet<>();
    for (RestrictedParty party : parties) {
      codes.add(party.listCode());
    }
    Set<String> missing = new HashSet<>(target.expectedCodes());
    missing.removeAll(codes);
    if (!missing.isEmpty()) {
      return "expected lists missing from the file: " + new java.util.TreeSet<>(missing);
    }
    return null;
  }

  private Manifest.Entry previous(ListSource source) throws IOException {
    Manifest.Entry latest = null;
    for (Manifest.Entry entry : store.manifest().entries()) {
      if (entry.source().equals(source.id()) && (latest == null || entry.entries() > latest.entries())) {
        latest = entry;
      }
    }
    return latest;
  }

  private byte[] download(URI url) throws IOException, InterruptedException {
    if ("file".equals(url.getScheme())) {
      Path path = Path.of(url);
      if (Files.size(path) > MAX_DOWNLOAD_BYTES) {
        throw new IOException(url + " is larger than " + MAX_DOWNLOAD_BYTES + " bytes");
      }
      return Files.readAllBytes(path);
    }
    HttpRequest request = HttpRequest.newBuilder(url).timeout(TIMEOUT).GET().build();
    HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
    try (InputStream body = response.body()) {
      if (response.statusCode() != 200) {
        throw new IOException(url + " answered HTTP " + response.statusCode());
      }
      byte[] content = body.readNBytes((int) MAX_DOWNLOAD_BYTES + 1);
      if (content.length > MAX_DOWNLOAD_BYTES) {
        throw new IOException(url + " is larger than " + MAX_DOWNLOAD_BYTES + " bytes");
      }
      return content;
    }
  }
}
