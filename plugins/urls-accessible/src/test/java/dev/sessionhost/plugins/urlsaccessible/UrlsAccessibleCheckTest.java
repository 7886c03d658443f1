package dev.sessionhost.plugins.urlsaccessible;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessionhost.plugin.api.CheckContext;
import dev.sessionhost.plugin.api.CheckVerdict;
import dev.sessionhost.plugin.api.HttpAnswer;
import dev.sessionhost.plugin.api.HttpProbe;
import dev.sessionhost.plugin.api.ProbeException;
import dev.sessionhost.plugin.api.ReachAnswer;
import dev.sessionhost.plugin.api.SettingException;
import dev.sessionhost.plugin.api.Severity;
import dev.sessionhost.plugin.api.SimpleCheckContext;
import dev.sessionhost.plugin.api.VerdictStatus;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class UrlsAccessibleCheckTest {

  /** How long a hanging fake probe blocks: far longer than any timeout a test sets. */
  private static final Duration HANG = Duration.ofSeconds(30);

  /** Generous waits for what depends on scheduling on a loaded machine. */
  private static final Duration FOLLOW_LIMIT = Duration.ofSeconds(15);

  private final UrlsAccessibleCheck check = new UrlsAccessibleCheck();

  @Test
  void describesANonFatalCheckWithTheWireId() {
    assertThat(check.descriptor().id()).isEqualTo("UrlsAccessibleCheck");
    assertThat(check.descriptor().severity()).isEqualTo(Severity.NON_FATAL);
    assertThat(check.descriptor().remediation()).contains("firewall");
  }

  @Test
  void probesThePublicCloudListByDefaultSkippingWildcards() throws Exception {
    FakeReach probe = new FakeReach(Set.of());

    CheckVerdict verdict = check.run(context(Map.of(), probe));

    assertThat(probe.asked)
        .containsExactlyInAnyOrder(
            "login.microsoftonline.com:443 in 3000 ms",
            "catalogartifact.azureedge.net:443 in 3000 ms",
            "gcs.prod.monitoring.core.windows.net:443 in 3000 ms",
            "azkms.core.windows.net:1688 in 3000 ms",
            "mrsglobalsteus2prod.blob.core.windows.net:443 in 3000 ms",
            "wvdportalstorageblob.blob.core.windows.net:443 in 3000 ms",
            "169.254.169.254:80 in 3000 ms",
            "168.63.129.16:80 in 3000 ms",
            "oneocsp.microsoft.com:80 in 3000 ms",
            "www.microsoft.com:80 in 3000 ms");
    assertThat(verdict.status()).isEqualTo(VerdictStatus.PASSED);
    assertThat(verdict.message())
        .isEqualTo("all 10 endpoints are reachable (2 wildcard entries skipped)");
    assertThat(verdict.details())
        .containsEntry(
            "skipped (wildcards are not probed)",
            "*.wvd.microsoft.com, *.prod.warm.ingest.monitor.core.windows.net");
  }

  @Test
  void failsListingTheUnreachableEndpointsWithTheProbesDetail() throws Exception {
    FakeReach probe = new FakeReach(Set.of("b.example:80", "c.example:1688"));
    Map<String, Object> settings =
        Map.of("urls", List.of("https://a.example", "http://b.example", "c.example:1688"));

    CheckVerdict verdict = check.run(context(settings, probe));

    assertThat(verdict.status()).isEqualTo(VerdictStatus.FAILED);
    assertThat(verdict.errorCode()).isEqualTo(UrlsAccessibleCheck.SOME_UNREACHABLE);
    assertThat(verdict.message())
        .isEqualTo(
            "2 of 3 endpoints are unreachable: b.example:80 (connection refused by b.example:80);"
                + " c.example:1688 (connection refused by c.example:1688)");
    assertThat(verdict.details())
        .containsEntry("a.example:443", "reachable: connected to a.example:443 (5 ms)")
        .containsEntry("b.example:80", "unreachable: connection refused by b.example:80");
  }

  @Test
  void failsWithItsOwnCodeWhenNothingIsReachable() throws Exception {
    FakeReach probe = new FakeReach(Set.of("a.example:443", "b.example:443"));

    CheckVerdict verdict = check.run(context(Map.of("urls", "a.example, b.example"), probe));

    assertThat(verdict.errorCode()).isEqualTo(UrlsAccessibleCheck.ALL_UNREACHABLE);
  }

  @Test
  void usesTheConfiguredPerUrlTimeoutBoundedByTheTimeLeft() throws Exception {
    FakeReach probe = new FakeReach(Set.of());

    check.run(context(Map.of("urls", "a.example", "perUrlTimeout", "1s"), probe));
    // far apart, so that however slowly the run starts the time left stays well above zero
    CheckContext shortRun =
        SimpleCheckContext.forCheck("UrlsAccessibleCheck")
            .settings(Map.of("urls", "b.example", "perUrlTimeout", "1m"))
            .timeout(Duration.ofSeconds(20))
            .probe(HttpProbe.class, probe)
            .build();
    check.run(shortRun);

    assertThat(probe.asked).hasSize(2).contains("a.example:443 in 1000 ms");
    String bounded = probe.asked.stream().filter(a -> a.startsWith("b.")).findFirst().orElseThrow();
    assertThat(bounded).startsWith("b.example:443 in ").endsWith(" ms");
    long millis = Long.parseLong(bounded.substring("b.example:443 in ".length()).split(" ")[0]);
    assertThat(millis)
        .as("cut from the 60 s per-URL timeout to the time left")
        .isBetween(1L, 20_000L);
  }

  @Test
  void passesWithoutProbingWhenEveryEntryIsAWildcard() throws Exception {
    FakeReach probe = new FakeReach(Set.of());

    CheckVerdict verdict = check.run(context(Map.of("urls", List.of("*.example.com")), probe));

    assertThat(verdict.status()).isEqualTo(VerdictStatus.PASSED);
    assertThat(verdict.message()).isEqualTo("no endpoints to probe (1 wildcard entries skipped)");
    assertThat(probe.asked).isEmpty();
  }

  @Test
  void probesInParallel() throws Exception {
    List<String> urls = List.of("h0", "h1", "h2", "h3", "h4", "h5", "h6", "h7", "h8", "h9");
    CountDownLatch allProbing = new CountDownLatch(urls.size());
    // each probe waits for all the others to be probing too: only a parallel run gets past it
    FakeReach probe =
        new FakeReach(
            Set.of(),
            (host, timeout) -> {
              allProbing.countDown();
              if (!allProbing.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new ProbeException(
                    allProbing.getCount() + " other probes had not started within " + timeout);
              }
            });
    CheckContext context =
        SimpleCheckContext.forCheck("UrlsAccessibleCheck")
            .settings(Map.of("urls", urls, "perUrlTimeout", "20s"))
            .timeout(Duration.ofMinutes(1))
            .probe(HttpProbe.class, probe)
            .build();

    CheckVerdict verdict = check.run(context);

    assertThat(verdict.status()).isEqualTo(VerdictStatus.PASSED);
    assertThat(probe.asked).hasSize(10);
    assertThat(probe.mostAtOnce.get()).isEqualTo(10);
  }

  @Test
  void returnsBeforeTheDeadlineAndStopsProbesThatHang() throws Exception {
    Set<String> interrupted = ConcurrentHashMap.newKeySet();
    CountDownLatch bothInterrupted = new CountDownLatch(2);
    FakeReach probe =
        new FakeReach(
            Set.of(),
            (host, timeout) -> {
              try {
                Thread.sleep(HANG.toMillis());
              } catch (InterruptedException e) {
                interrupted.add(host);
                bothInterrupted.countDown();
                throw e;
              }
            });
    CheckContext context =
        SimpleCheckContext.forCheck("UrlsAccessibleCheck")
            .settings(Map.of("urls", List.of("slow.example", "slower.example:80")))
            .timeout(Duration.ofSeconds(1))
            .probe(HttpProbe.class, probe)
            .build();

    long start = System.nanoTime();
    CheckVerdict verdict = check.run(context);
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    // a verdict without answers: the check did not wait for the probes, which hang for 30 s
    assertThat(verdict.status()).isEqualTo(VerdictStatus.UNDETERMINED);
    assertThat(verdict.message())
        .isEqualTo(
            "2 of 2 endpoints were not probed before the deadline: slow.example:443,"
                + " slower.example:80");
    assertThat(took)
        .as("bounded by the 1 s deadline, not the 30 s hang")
        .isLessThan(HANG.dividedBy(2));
    assertThat(bothInterrupted.await(FOLLOW_LIMIT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
    assertThat(interrupted).containsExactlyInAnyOrder("slow.example", "slower.example");
  }

  @Test
  void stopsWhenItsThreadIsInterrupted() throws Exception {
    CountDownLatch probing = new CountDownLatch(1);
    FakeReach probe =
        new FakeReach(
            Set.of(),
            (host, timeout) -> {
              probing.countDown();
              Thread.sleep(HANG.toMillis());
            });
    Throwable[] thrown = new Throwable[1];
    Thread runner =
        new Thread(
            () -> {
              try {
                check.run(context(Map.of("urls", "hang.example"), probe));
              } catch (Throwable e) {
                thrown[0] = e;
              }
            });

    runner.start();
    assertThat(probing.await(FOLLOW_LIMIT.toMillis(), TimeUnit.MILLISECONDS))
        .as("the probe was called")
        .isTrue();
    runner.interrupt();
    runner.join(HANG.dividedBy(2).toMillis());

    assertThat(runner.isAlive()).as("ended by the interrupt, not by the 30 s hang").isFalse();
    assertThat(thrown[0]).isInstanceOf(InterruptedException.class);
  }

  @Test
  void letsAProbeFailurePropagateNamingTheEndpoint() {
    HttpProbe broken =
        new FakeReach(Set.of()) {
          @Override
          public ReachAnswer reach(String host, int port, Duration timeout) {
            throw new ProbeException("no network interface is up");
          }
        };

    assertThatThrownBy(() -> check.run(context(Map.of("urls", "a.example:8443"), broken)))
        .isInstanceOf(ProbeException.class)
        .hasMessage("cannot probe a.example:8443: no network interface is up");
  }

  @Test
  void rejectsABadEntryNamingTheKeyWithItsPosition() {
    FakeReach probe = new FakeReach(Set.of());

    assertThatThrownBy(
            () ->
                check.run(context(Map.of("urls", List.of("a.example", "b.example:99999")), probe)))
        .isInstanceOf(SettingException.class)
        .hasMessageContaining("'urls[1]'")
        .hasMessageContaining("b.example:99999");
    assertThat(probe.asked).isEmpty();
  }

  @Test
  void rejectsAZeroPerUrlTimeoutNamingTheKey() {
    assertThatThrownBy(
            () -> check.run(context(Map.of("perUrlTimeout", "0s"), new FakeReach(Set.of()))))
        .isInstanceOf(SettingException.class)
        .hasMessageContaining("'perUrlTimeout'");
  }

  private static CheckContext context(Map<String, ?> settings, HttpProbe probe) {
    return SimpleCheckContext.forCheck("UrlsAccessibleCheck")
        .settings(settings)
        .probe(HttpProbe.class, probe)
        .build();
  }

  /** What a fake probe does before it answers. */
  @FunctionalInterface
  private interface Hold {
    void hold(String host, Duration timeout) throws InterruptedException;
  }

  /** Reaches every endpoint except the refused ones, after its hold (none by default). */
  private static class FakeReach implements HttpProbe {
    private final Set<String> refused;
    private final Hold hold;
    final ConcurrentLinkedQueue<String> asked = new ConcurrentLinkedQueue<>();
    final AtomicInteger running = new AtomicInteger();
    final AtomicInteger mostAtOnce = new AtomicInteger();

    FakeReach(Set<String> refused) {
      this(refused, (host, timeout) -> {});
    }

    FakeReach(Set<String> refused, Hold hold) {
      this.refused = refused;
      this.hold = hold;
    }

    @Override
    public ReachAnswer reach(String host, int port, Duration timeout) {
      String endpoint = host + ":" + port;
      asked.add(endpoint + " in " + timeout.toMillis() + " ms");
      mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
      try {
        hold.hold(host, timeout);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ProbeException("interrupted while reaching " + endpoint);
      } finally {
        running.decrementAndGet();
      }
      return refused.contains(endpoint)
          ? new ReachAnswer(false, "connection refused by " + endpoint, Duration.ofMillis(1))
          : new ReachAnswer(true, "connected to " + endpoint, Duration.ofMillis(5));
    }

    @Override
    public HttpAnswer get(URI uri, Map<String, String> headers, Duration timeout, boolean bypass) {
      throw new AssertionError("the URL check only opens connections");
    }
  }
}
