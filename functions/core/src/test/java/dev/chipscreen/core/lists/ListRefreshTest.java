package dev.chipscreen.core.lists;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.chipscreen.core.lists.refresh.ListRefresh;
import dev.chipscreen.core.lists.store.ListStore;
import dev.chipscreen.core.testing.SharedLists;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lists update} against a local HTTP server on the loopback interface, never the internet. */
class ListRefreshTest {

  @TempDir
  Path dir;

  private HttpServer server;
  private final Map<String, byte[]> files = new ConcurrentHashMap<>();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      byte[] body = files.get(exchange.getRequestURI().getPath());
      if (body == null) {
        exchange.sendResponseHeaders(404, -1);
      } else {
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
      exchange.close();
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  private ListRefresh.Outcome refresh(ListStore store, String path) throws IOException {
    return new ListRefresh(store, ListRefresh.defaultClient(), Clock.systemUTC())
        .refresh(List.of(ListRefresh.csl(url(path)))).get(0);
  }

  @Test
  void aValidCsl_isPublished_andAFailedRefreshKeepsIt() throws Exception {
    files.put("/consolidated.csv", Files.readAllBytes(SharedLists.directory().resolve("csl/consolidated_2022.csv")));
    files.put("/sample.csv", Files.readAllBytes(SharedLists.directory().resolve("csl/consolidated_sample_2025.csv")));
    files.put("/garbage.csv", "<html>maintenance</html>".getBytes(StandardCharsets.UTF_8));
    ListStore store = new ListStore(dir.resolve("store"), Clock.systemUTC());

    ListRefresh.Outcome first = refresh(store, "/consolidated.csv");

    assertThat(first.published()).as(first.message()).isTrue();
    assertThat(first.entries()).isEqualTo(14_160);
    assertThat(store.load().parties()).hasSize(14_160);

    ListRefresh.Outcome tooSmall = refresh(store, "/sample.csv");
    ListRefresh.Outcome garbage = refresh(store, "/garbage.csv");
    ListRefresh.Outcome missing = refresh(store, "/gone.csv");
    ListRefresh.Outcome same = refresh(store, "/consolidated.csv");

    assertThat(tooSmall.published()).isFalse();
    assertThat(tooSmall.message()).contains("row count 13").contains("previous version kept");
    assertThat(garbage.published()).isFalse();
    assertThat(garbage.message()).contains("invalid file");
    assertThat(missing.published()).isFalse();
    assertThat(missing.message()).contains("HTTP 404");
    assertThat(same.published()).isFalse();
    assertThat(same.message()).startsWith("unchanged");
    assertThat(store.load().parties()).hasSize(14_160);
    assertThat(store.manifest().entries()).singleElement()
        .satisfies(e -> assertThat(e.sha256()).isEqualTo(first.sha256()));
  }

  @Test
  void aCslWithoutAnExpectedList_isRefused() throws Exception {
    List<String> lines = Files.readAllLines(SharedLists.directory().resolve("csl/consolidated_2022.csv"));
    String withoutEntityList = String.join("\n", lines.stream()
        .filter(l -> !l.contains("Entity List (EL)")).toList()) + "\n";
    files.put("/no-el.csv", withoutEntityList.getBytes(StandardCharsets.UTF_8));
    ListStore store = new ListStore(dir.resolve("store"), Clock.systemUTC());

    ListRefresh.Outcome outcome = refresh(store, "/no-el.csv");

    assertThat(outcome.published()).isFalse();
    assertThat(outcome.message()).contains("expected lists missing").contains("EL");
    assertThat(store.manifest().entries()).isEmpty();
  }
}
