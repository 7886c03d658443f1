import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The portal with a big pool (issue 11, "Measure"): registers N hosts with a mix of statuses, keeps
 * their heartbeats flowing at the pace of a real pool (every host once per --cycle), and measures in
 * headless Chromium the time to a usable first page, the time of each status filter, and the
 * broker's CPU with 0, 1 and 3 pages open. Run by benchmarks/portal.sh.
 */
public final class PortalBench {

  private static final Pattern CREDENTIAL = Pattern.compile("\"credential\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
  private static final String[] STATUSES = {
    "Available", "NeedsAssistance", "Unavailable", "Shutdown", "Upgrading", "UpgradeFailed"
  };
  /** Of every 100 hosts, how many report each status. */
  private static final int[] MIX = {70, 10, 10, 5, 3, 2};

  private static final HttpClient HTTP =
      HttpClient.newBuilder().proxy(ProxySelector.of(null)).executor(Executors.newFixedThreadPool(16)).build();

  public static void main(String[] args) throws Exception {
    String url = arg(args, "--url");
    String admin = arg(args, "--admin-token");
    int hosts = Integer.parseInt(arg(args, "--hosts"));
    long brokerPid = Long.parseLong(arg(args, "--broker-pid"));
    int cycleSeconds = Integer.parseInt(arg(args, "--cycle"));
    int sampleSeconds = Integer.parseInt(arg(args, "--sample"));
    String[] templates = {
      Files.readString(Path.of(arg(args, "--healthy"))),
      Files.readString(Path.of(arg(args, "--needs-assistance"))),
      Files.readString(Path.of(arg(args, "--unavailable"))),
    };
    URI base = URI.create(url);

    String token = match(TOKEN, send(base, "POST", "/v1/hostPools/default/registrationTokens", admin,
        "{\"expiresIn\":\"24h\"}"));
    String[] credentials = new String[hosts];
    String[] bodies = new String[hosts];
    long started = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(16);
    List<Future<?>> work = new ArrayList<>();
    for (int i = 0; i < hosts; i++) {
      int host = i;
      work.add(pool.submit(() -> {
        String name = String.format(Locale.ROOT, "sh-%05d", host);
        credentials[host] = match(CREDENTIAL, send(base, "POST", "/v1/register", null,
            "{\"registrationToken\":\"" + token + "\",\"name\":\"" + name + "\"}"));
        bodies[host] = health(templates, name, statusOf(host));
        send(base, "POST", "/v1/heartbeat", credentials[host], heartbeat(bodies[host], 1));
        return null;
      }));
    }
    for (Future<?> f : work) {
      f.get();
    }
    System.out.printf(Locale.ROOT, "pool: %d hosts registered and reported in %.1f s%n", hosts,
        (System.nanoTime() - started) / 1e9);

    // heartbeats at a real pool's pace in the background
    AtomicLong sent = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    double perSecond = hosts / (double) cycleSeconds;
    Thread flow = new Thread(() -> {
      long sequence = 2;
      long begin = System.nanoTime();
      long n = 0;
      while (!Thread.currentThread().isInterrupted()) {
        for (int i = 0; i < hosts && !Thread.currentThread().isInterrupted(); i++, n++) {
          long due = begin + (long) (n / perSecond * 1e9);
          long wait = due - System.nanoTime();
          if (wait > 0) {
            try {
              Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            } catch (InterruptedException e) {
              return;
            }
          }
          int host = i;
          long seq = sequence;
          pool.submit(() -> {
            try {
              send(base, "POST", "/v1/heartbeat", credentials[host], heartbeat(bodies[host], seq));
              sent.incrementAndGet();
            } catch (Exception e) {
              failed.incrementAndGet();
            }
          });
        }
        sequence++;
      }
    }, "heartbeats");
    flow.setDaemon(true);
    flow.start();
    System.out.printf(Locale.ROOT, "heartbeats: %.0f/s in the background (every host every %d s)%n",
        perSecond, cycleSeconds);

    List<ChromeDriver> browsers = new ArrayList<>();
    try {
      ChromeDriver browser = browser();
      browsers.add(browser);
      // sign in once: the token lives in the tab's sessionStorage
      browser.get(url);
      browser.executeScript("sessionStorage.setItem('sessionhost.adminToken', arguments[0]);", admin);
      double[] first = new double[5];
      for (int i = 0; i < first.length; i++) {
        browser.navigate().refresh();
        awaitReady(browser);
        first[i] = ((Number) browser.executeScript("return window.sessionhostPortal.firstPageMs;"))
            .doubleValue();
      }
      long rows = browser.findElements(By.cssSelector("#hosts tbody tr")).size();
      System.out.printf(Locale.ROOT,
          "first page (navigation to a rendered table of %d rows, with counts): median %.0f ms,"
              + " max %.0f ms over %d loads%n", rows, median(first), max(first), first.length);

      List<Double> filters = new ArrayList<>();
      StringBuilder each = new StringBuilder();
      for (int round = 0; round < 3; round++) {
        for (String status : STATUSES) {
          filters.add(filter(browser, "count-" + status));
          if (round == 0) {
            each.append(String.format(Locale.ROOT, " %s %.0f ms", status, filters.get(filters.size() - 1)));
          }
        }
        filters.add(filter(browser, "count-All"));
      }
      double[] f = filters.stream().mapToDouble(Double::doubleValue).toArray();
      System.out.printf(Locale.ROOT,
          "status filter (click to the new page and counts rendered): median %.0f ms, max %.0f ms"
              + " over %d clicks;%s%n", median(f), max(f), f.length, each);
      long dom = ((Number) browser.executeScript(
          "return document.getElementsByTagName('*').length;")).longValue();
      System.out.printf(Locale.ROOT, "DOM elements on the pool page: %d%n", dom);

      browser.quit();
      browsers.clear();
      double idle = cpu(brokerPid, sampleSeconds);
      System.out.printf(Locale.ROOT, "broker CPU, heartbeats flowing, no page open: %.1f %% of a core%n", idle);
      for (int pages : new int[] {1, 3}) {
        while (browsers.size() < pages) {
          ChromeDriver page = browser();
          page.get(url);
          page.executeScript("sessionStorage.setItem('sessionhost.adminToken', arguments[0]);", admin);
          page.navigate().refresh();
          awaitReady(page);
          browsers.add(page);
        }
        double busy = cpu(brokerPid, sampleSeconds);
        System.out.printf(Locale.ROOT,
            "broker CPU with %d page(s) open (each polling every 2 s): %.1f %% of a core, %.2f %% per page%n",
            pages, busy, (busy - idle) / pages);
      }
    } finally {
      for (ChromeDriver b : browsers) {
        b.quit();
      }
      flow.interrupt();
      System.out.printf(Locale.ROOT, "background heartbeats sent: %d, failed: %d%n", sent.get(), failed.get());
      pool.shutdownNow();
      System.exit(0);
    }
  }

  private static double filter(ChromeDriver browser, String button) {
    long renders = ((Number) browser.executeScript("return window.sessionhostPortal.renders;")).longValue();
    browser.executeScript("window.sessionhostPortal.lastRenderMs = null;");
    browser.findElement(By.id(button)).click();
    new WebDriverWait(browser, Duration.ofSeconds(30), Duration.ofMillis(5)).until(d ->
        ((ChromeDriver) d).executeScript(
            "return window.sessionhostPortal.lastRenderMs !== null && window.sessionhostPortal.renders > arguments[0];",
            renders).equals(true));
    return ((Number) browser.executeScript("return window.sessionhostPortal.lastRenderMs;")).doubleValue();
  }

  private static void awaitReady(ChromeDriver browser) {
    new WebDriverWait(browser, Duration.ofSeconds(30), Duration.ofMillis(5)).until(d ->
        ((ChromeDriver) d).executeScript("return window.sessionhostPortal && window.sessionhostPortal.firstPageMs !== null;")
            .equals(true));
  }

  /** The broker's CPU over {@code seconds}, in percent of one core, from /proc. */
  private static double cpu(long pid, int seconds) throws Exception {
    long before = ticks(pid);
    long start = System.nanoTime();
    Thread.sleep(seconds * 1000L);
    long after = ticks(pid);
    double wall = (System.nanoTime() - start) / 1e9;
    return (after - before) / 100.0 / wall * 100; // USER_HZ is 100 on Linux
  }

  private static long ticks(long pid) throws Exception {
    String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
  }

  private static ChromeDriver browser() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
        "--no-proxy-server", "--window-size=1400,1000");
    return new ChromeDriver(new ChromeDriverService.Builder()
        .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build(), options);
  }

  private static String statusOf(int host) {
    int slot = host % 100;
    for (int i = 0; i < MIX.length; i++) {
      if (slot < MIX[i]) {
        return STATUSES[i];
      }
      slot -= MIX[i];
    }
    return STATUSES[0];
  }

  /** A real snapshot of the status's scenario where there is one, renamed to the host. */
  private static String health(String[] templates, String name, String status) {
    String template = switch (status) {
      case "NeedsAssistance" -> templates[1];
      case "Unavailable" -> templates[2];
      default -> templates[0].replaceFirst("\"status\"\\s*:\\s*\"Available\"", "\"status\":\"" + status + "\"");
    };
    return template.replaceFirst("\"name\"\\s*:\\s*\"[^\"]*\"", "\"name\":\"" + name + "\"");
  }

  private static String heartbeat(String health, long sequence) {
    return "{\"sequence\":" + sequence + ",\"sessions\":1,\"agentVersion\":\"bench\",\"osVersion\":\"Linux\",\"health\":"
        + health + "}";
  }

  private static String send(URI base, String method, String path, String bearer, String body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
        .method(method, HttpRequest.BodyPublishers.ofString(body))
        .header("Content-Type", "application/json")
        .timeout(Duration.ofSeconds(30));
    if (bearer != null) {
      request.header("Authorization", "Bearer " + bearer);
    }
    HttpResponse<String> answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() / 100 != 2) {
      throw new IllegalStateException(method + " " + path + ": " + answer.statusCode() + " " + answer.body());
    }
    return answer.body();
  }

  private static String match(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    if (!m.find()) {
      throw new IllegalStateException("unexpected answer: " + text);
    }
    return m.group(1);
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static double max(double[] values) {
    return Arrays.stream(values).max().orElse(0);
  }

  private static String arg(String[] args, String name) {
    for (int i = 0; i < args.length - 1; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    throw new IllegalArgumentException("missing " + name);
  }
}
