package dev.chipscreen.functions.lists;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import dev.chipscreen.core.lists.refresh.ListRefresh;
import dev.chipscreen.core.lists.store.ListStore;
import dev.chipscreen.functions.Wiring;
import dev.chipscreen.functions.aws.S3ListStoreSync;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Scheduled list refresh: copies the S3 list store to /tmp, runs the same refresh as
 * {@code chipscreen lists update} (download, validate, publish; a failed refresh keeps the
 * previous lists), and uploads the result, manifest last. Fails the invocation when a source
 * could not be refreshed, so the schedule's error alarm sees it.
 */
public final class ListRefreshHandler implements RequestHandler<Map<String, Object>, String> {

  private final Wiring wiring;

  public ListRefreshHandler() {
    this(Wiring.fromEnvironment());
  }

  public ListRefreshHandler(Wiring wiring) {
    this.wiring = wiring;
  }

  @Override
  public String handleRequest(Map<String, Object> event, Context context) {
    try {
      Path dir = wiring.localListStore();
      ListStore store = new ListStore(dir, Clock.systemUTC());
      String url = wiring.config().cslUrl();
      List<ListRefresh.Outcome> outcomes = new ListRefresh(store, ListRefresh.defaultClient(), Clock.systemUTC())
          .refresh(List.of(ListRefresh.csl(url == null ? null : URI.create(url))));
      new S3ListStoreSync(wiring.clients().s3(), wiring.config().listBucket(), wiring.config().listPrefix()).upload(dir);
      StringBuilder result = new StringBuilder();
      boolean failed = false;
      for (ListRefresh.Outcome o : outcomes) {
        result.append(o.target().source().id()).append(": ").append(o.message()).append('\n');
        failed |= !o.published() && !o.message().startsWith("unchanged");
      }
      if (failed) {
        throw new IllegalStateException("list refresh failed: " + result);
      }
      int published = (int) outcomes.stream().filter(ListRefresh.Outcome::published).count();
      wiring.telemetry(System.out::println).listRefresh(
          dev.chipscreen.functions.ingest.SqsIngestHandler.invocation(context, "list-refresh"), published,
          outcomes.size() - published);
      return result.toString();
    } catch (IOException e) {
      throw new IllegalStateException("list refresh failed: " + e.getMessage(), e);
    }
  }
}
