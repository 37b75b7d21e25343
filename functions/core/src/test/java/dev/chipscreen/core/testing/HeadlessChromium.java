package dev.chipscreen.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Debian's Chromium, headless, driven over the Chrome DevTools Protocol with the JDK's own
 * WebSocket client (no browser-driver dependency). The browser tests fail loudly when it is
 * missing rather than pass without a browser: scripts/test.sh installs it
 * (scripts/install-chromium.sh); CHIPSCREEN_CHROMIUM names another binary.
 */
public final class HeadlessChromium implements AutoCloseable {

  public static final String DEFAULT_BINARY = "/usr/bin/chromium";
  private static final Duration START = Duration.ofSeconds(60);
  private static final Duration CALL = Duration.ofSeconds(60);
  private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Process process;
  private final Path profile;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final List<JsonNode> events = new CopyOnWriteArrayList<>();

  private HeadlessChromium(Process process, Path profile, WebSocket socket) {
    this.process = process;
    this.profile = profile;
    this.socket = socket;
  }

  /** The binary: $CHIPSCREEN_CHROMIUM, else /usr/bin/chromium; an error naming the installer when neither is there. */
  public static Path binary() {
    String configured = System.getenv("CHIPSCREEN_CHROMIUM");
    Path binary = Path.of(configured == null || configured.isBlank() ? DEFAULT_BINARY : configured);
    if (!Files.isExecutable(binary)) {
      throw new IllegalStateException("Chromium is not installed at " + binary + ": the browser tests need it; "
          + "scripts/test.sh installs it (scripts/install-chromium.sh: apt-get install chromium), "
          + "or set CHIPSCREEN_CHROMIUM");
    }
    return binary;
  }

  /** Starts a headless browser with a fresh profile and no background networking, at one blank page. */
  public static HeadlessChromium start() throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory("chipscreen-chromium-");
    Process process = new ProcessBuilder(binary().toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-extensions", "--disable-default-apps", "--mute-audio", "--hide-scrollbars",
        "--remote-debugging-port=0", "--remote-allow-origins=*", "--user-data-dir=" + profile,
        "--window-size=1000,800", "about:blank").redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    String browserUrl = listeningUrl(process);
    URI browser = URI.create(browserUrl);
    HttpClient http = HttpClient.newHttpClient();
    String pageUrl = null;
    long deadline = System.nanoTime() + START.toNanos();
    while (pageUrl == null && System.nanoTime() < deadline) {
      HttpResponse<String> list = http.send(HttpRequest.newBuilder(URI.create("http://" + browser.getHost() + ":"
          + browser.getPort() + "/json/list")).build(), HttpResponse.BodyHandlers.ofString());
      for (JsonNode target : JSON.readTree(list.body())) {
        if ("page".equals(target.path("type").asText())) {
          pageUrl = target.path("webSocketDebuggerUrl").asText();
        }
      }
      if (pageUrl == null) {
        Thread.sleep(100);
      }
    }
    if (pageUrl == null) {
      process.destroyForcibly();
      throw new IOException("Chromium opened no page target");
    }
    HeadlessChromium[] self = new HeadlessChromium[1];
    WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(pageUrl), new WebSocket.Listener() {
      private final StringBuilder buffer = new StringBuilder();

      @Override
      public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
        buffer.append(data);
        if (last) {
          String message = buffer.toString();
          buffer.setLength(0);
          self[0].receive(message);
        }
        ws.request(1);
        return null;
      }
    }).join();
    self[0] = new HeadlessChromium(process, profile, socket);
    return self[0];
  }

  private static String listeningUrl(Process process) throws IOException {
    BufferedReader stderr = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
    CompletableFuture<String> url = new CompletableFuture<>();
    Thread reader = new Thread(() -> {
      try {
        for (String line; (line = stderr.readLine()) != null; ) {
          Matcher m = LISTENING.matcher(line);
          if (m.find()) {
            url.complete(m.group(1));
          }
        }
        url.completeExceptionally(new IOException("Chromium exited before it listened"));
      } catch (IOException e) {
        url.completeExceptionally(e);
      }
    }, "chromium-stderr");
    reader.setDaemon(true);
    reader.start();
    try {
      return url.get(START.toMillis(), TimeUnit.MILLISECONDS);
    } catch (Exception e) {
      process.destroyForcibly();
      throw new IOException("Chromium did not start: " + e, e);
    }
  }

  private void receive(String message) {
    try {
      JsonNode node = JSON.readTree(message);
      if (node.has("id")) {
        CompletableFuture<JsonNode> call = pending.remove(node.get("id").asInt());
        if (call != null) {
          if (node.has("error")) {
            call.completeExceptionally(new IOException("CDP error: " + node.get("error")));
          } else {
            call.complete(node.path("result"));
          }
        }
      } else {
        events.add(node);
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Calls one CDP method and waits for its result. */
  public JsonNode call(String method, Map<String, ?> params) throws Exception {
    int id = ids.incrementAndGet();
    ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
    message.set("params", JSON.valueToTree(params));
    CompletableFuture<JsonNode> result = new CompletableFuture<>();
    pending.put(id, result);
    socket.sendText(JSON.writeValueAsString(message), true).join();
    return result.get(CALL.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Evaluates an expression in the page (DevTools is not bound by the page's CSP) and returns its value. */
  public JsonNode eval(String expression) throws Exception {
    JsonNode result = call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
    if (result.has("exceptionDetails")) {
      throw new IllegalStateException("evaluation failed: " + result.get("exceptionDetails"));
    }
    return result.path("result").path("value");
  }

  /** Events received so far with this method name. */
  public List<JsonNode> events(String method) {
    List<JsonNode> matching = new ArrayList<>();
    for (JsonNode e : events) {
      if (method.equals(e.path("method").asText())) {
        matching.add(e);
      }
    }
    return matching;
  }

  public void clearEvents() {
    events.clear();
  }

  /**
   * Opens a file at a width of {@code width} CSS pixels and waits for its load event; the Network
   * domain is on from before the navigation, so every request the page makes is an event.
   */
  public void open(Path file, int width, int height) throws Exception {
    call("Page.enable", Map.of());
    call("Network.enable", Map.of());
    call("Runtime.enable", Map.of());
    call("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height, "deviceScaleFactor", 1,
        "mobile", false));
    clearEvents();
    call("Page.navigate", Map.of("url", file.toUri().toString()));
    long deadline = System.nanoTime() + CALL.toNanos();
    while (events("Page.loadEventFired").isEmpty()) {
      if (System.nanoTime() > deadline) {
        throw new IOException("the page did not load: " + file);
      }
      Thread.sleep(20);
    }
  }

  /** A PNG of the whole page at the current width, written to {@code png}. */
  public void screenshot(Path png, int width) throws Exception {
    int height = Math.min(eval("document.documentElement.scrollHeight").asInt(), 12_000);
    call("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", Math.max(height, 1),
        "deviceScaleFactor", 1, "mobile", false));
    JsonNode shot = call("Page.captureScreenshot", Map.of("format", "png"));
    Files.createDirectories(png.getParent());
    Files.write(png, Base64.getDecoder().decode(shot.path("data").asText()));
  }

  @Override
  public void close() throws IOException {
    try {
      socket.abort();
    } finally {
      process.destroy();
      try {
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        process.destroyForcibly();
      }
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
