import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.StandardSocketOptions;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The broker's load generator (issue 10, "Measure"): registers N hosts through the API, then sends
 * heartbeats round robin from C keep-alive connections for S seconds and prints the rate and the
 * latency percentiles; then pages through the pool and its status filter, timing each page.
 *
 * <p>It speaks HTTP/1.1 over plain sockets, one request in flight per connection, so the
 * generator's own cost stays small next to the broker's on a two-core machine (the JDK's
 * HttpClient costs several times more CPU per request). The heartbeats go out from one thread
 * with every connection on a selector: half the CPU per heartbeat of a thread per connection
 * ({@code --threads}, the generator before 2026-12-08) and a third fewer context switches.
 * {@code --raw URL} instead measures plain durable upserts of the broker's session_host row
 * straight over JDBC, the ceiling the broker's ingest is compared against.
 *
 * <p>Run with the JDK's source launcher: {@code java -cp 'lib/*' IngestBench.java --help}.
 */
public final class IngestBench {

  private static final Pattern CREDENTIAL = Pattern.compile("\"credential\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern NEXT = Pattern.compile("\"nextLink\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern NAME = Pattern.compile("\"name\"\\s*:\\s*\"[^\"]*\"");

  /** Latencies are kept in 10 µs buckets up to 1 s; slower ones land in the last. */
  private static final int BUCKET_NANOS = 10_000;

  private static final int BUCKETS = 100_000;

  public static void main(String[] args) throws Exception {
    Options o = Options.parse(args);
    if (o.raw != null) {
      raw(o);
      return;
    }
    URI base = URI.create(o.url);
    String template = Files.readString(Path.of(o.health), StandardCharsets.UTF_8);
    String token = issueToken(base, o);
    List<String> credentials = register(base, o, token);
    List<Host> hosts = new ArrayList<>();
    Matcher name = NAME.matcher(template);
    if (!name.find()) {
      throw new IllegalArgumentException(o.health + ": no \"name\" field in the snapshot");
    }
    for (int i = 0; i < credentials.size(); i++) {
      String health =
          template.substring(0, name.start())
              + "\"name\":\""
              + hostName(o, i)
              + "\""
              + template.substring(name.end());
      hosts.add(new Host(credentials.get(i), health));
    }
    Ingest ingest = o.threads ? ingest(base, o, hosts) : ingestOnOneThread(base, o, hosts);
    System.out.printf(
        Locale.ROOT,
        "ingest: %d hosts, %d connections, %d s (after %d s warm-up): %d heartbeats, %.0f/s,"
            + " p50 %.2f ms, p99 %.2f ms, p99.9 %.2f ms, max %.2f ms, %d errors%n",
        hosts.size(),
        o.connections,
        o.seconds,
        o.warmup,
        ingest.count(),
        ingest.count() / (double) o.seconds,
        ingest.percentile(0.50),
        ingest.percentile(0.99),
        ingest.percentile(0.999),
        ingest.maxMillis(),
        ingest.errors());
    if (!ingest.firstError().isEmpty()) {
      System.out.println("first error: " + ingest.firstError());
    }
    listing(base, o, "/v1/hostPools/" + o.pool + "/sessionHosts?pageSize=100", "pool, every page");
    listing(
        base,
        o,
        "/v1/hostPools/" + o.pool + "/sessionHosts?pageSize=100&status=Available",
        "status=Available, every page");
  }

  private static String hostName(Options o, int i) {
    return String.format(Locale.ROOT, "%s-%06d", o.prefix, i);
  }

  private static String issueToken(URI base, Options o) throws IOException {
    try (Client client = new Client(base)) {
      Answer answer =
          client.send(
              "POST",
              "/v1/hostPools/" + o.pool + "/registrationTokens",
              o.adminToken,
              "{\"expiresIn\":\"24h\"}");
      Matcher m = TOKEN.matcher(answer.body);
      if (answer.status != 200 && answer.status != 201 || !m.find()) {
        throw new IOException("issuing a token: " + answer.status + " " + answer.body);
      }
      return m.group(1);
    }
  }

  private static List<String> register(URI base, Options o, String token) throws Exception {
    String[] credentials = new String[o.hosts];
    AtomicLong next = new AtomicLong();
    long start = System.nanoTime();
    List<Thread> threads = new ArrayList<>();
    List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    for (int t = 0; t < o.connections; t++) {
      Thread thread =
          new Thread(
              () -> {
                try (Client client = new Client(base)) {
                  for (int i = (int) next.getAndIncrement();
                      i < o.hosts;
                      i = (int) next.getAndIncrement()) {
                    String body =
                        "{\"registrationToken\":\""
                            + token
                            + "\",\"name\":\""
                            + hostName(o, i)
                            + "\"}";
                    Answer answer = client.send("POST", "/v1/register", null, body);
                    Matcher m = CREDENTIAL.matcher(answer.body);
                    if (answer.status != 200 && answer.status != 201 || !m.find()) {
                      throw new IOException(
                          "registering " + hostName(o, i) + ": " + answer.status + " " + answer.body);
                    }
                    credentials[i] = m.group(1);
                  }
                } catch (Throwable e) {
                  failures.add(e);
                }
              });
      thread.start();
      threads.add(thread);
    }
    for (Thread thread : threads) {
      thread.join();
    }
    if (!failures.isEmpty()) {
      throw new IOException("registration failed", failures.get(0));
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "register: %d hosts in %.1f s (%.0f/s)%n",
        o.hosts,
        seconds,
        o.hosts / seconds);
    return Arrays.asList(credentials);
  }

  private static void sleepUntil(long nanoTime) throws InterruptedException {
    long left;
    while ((left = nanoTime - System.nanoTime()) > 0) {
      Thread.sleep(Math.max(1, left / 1_000_000));
    }
  }

  private static Ingest ingest(URI base, Options o, List<Host> hosts) throws Exception {
    long[][] histograms = new long[o.connections][BUCKETS];
    long[] max = new long[o.connections];
    LongAdder errors = new LongAdder();
    StringBuilder firstError = new StringBuilder();
    long measureFrom = System.nanoTime() + o.warmup * 1_000_000_000L;
    long end = measureFrom + o.seconds * 1_000_000_000L;
    long sequenceBase = System.currentTimeMillis() * 1000;
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < o.connections; t++) {
      int worker = t;
      Thread thread =
          new Thread(
              () -> {
                long sequence = sequenceBase;
                try (Client client = new Client(base)) {
                  byte[][] heads = new byte[hosts.size()][];
                  byte[][] bodies = new byte[hosts.size()][];
                  for (int i = worker; i < hosts.size(); i += o.connections) {
                    heads[i] = heartbeatHead(client.hostHeader, hosts.get(i).credential());
                    bodies[i] = heartbeatRest(hosts.get(i));
                  }
                  for (int i = worker; ; i += o.connections) {
                    if (i >= hosts.size()) {
                      i = worker % hosts.size();
                      sequence++;
                    }
                    long sent = System.nanoTime();
                    if (sent >= end) {
                      return;
                    }
                    int status = client.heartbeat(heads[i], sequence + 1, bodies[i]);
                    long took = System.nanoTime() - sent;
                    if (status != 200) {
                      errors.increment();
                      synchronized (firstError) {
                        if (firstError.length() == 0) {
                          firstError.append(status).append(' ').append(client.lastBody());
                        }
                      }
                    }
                    if (sent >= measureFrom) {
                      histograms[worker][(int) Math.min(BUCKETS - 1, took / BUCKET_NANOS)]++;
                      max[worker] = Math.max(max[worker], took);
                    }
                  }
                } catch (IOException e) {
                  errors.increment();
                  synchronized (firstError) {
                    if (firstError.length() == 0) {
                      firstError.append(e);
                    }
                  }
                }
              });
      thread.start();
      threads.add(thread);
    }
    // marks on stderr for benchmarks/broker.sh, which samples the broker's CPU over the window
    sleepUntil(measureFrom);
    System.err.println("ingest: warm-up over, measuring");
    sleepUntil(end);
    System.err.println("ingest: measured");
    for (Thread thread : threads) {
      thread.join();
    }
    long[] merged = new long[BUCKETS];
    for (long[] histogram : histograms) {
      for (int b = 0; b < BUCKETS; b++) {
        merged[b] += histogram[b];
      }
    }
    return new Ingest(merged, Arrays.stream(max).max().orElse(0), errors.sum(), firstError.toString());
  }

  /**
   * The heartbeats from one thread: every connection non-blocking on one selector, each with one
   * request in flight. The generator then costs the machine one thread's worth of scheduling
   * rather than one thread per connection, and a latency is taken when its answer is read, not
   * when a thread among many gets a core back.
   */
  private static Ingest ingestOnOneThread(URI base, Options o, List<Host> hosts) throws Exception {
    long[] histogram = new long[BUCKETS];
    long max = 0;
    long errors = 0;
    String firstError = "";
    long measureFrom = System.nanoTime() + o.warmup * 1_000_000_000L;
    long end = measureFrom + o.seconds * 1_000_000_000L;
    long sequence = System.currentTimeMillis() * 1000;
    String hostHeader = base.getHost() + ":" + base.getPort();
    byte[][] heads = new byte[hosts.size()][];
    byte[][] bodies = new byte[hosts.size()][];
    for (int i = 0; i < hosts.size(); i++) {
      heads[i] = heartbeatHead(hostHeader, hosts.get(i).credential());
      bodies[i] = heartbeatRest(hosts.get(i));
    }
    Selector selector = Selector.open();
    List<Flight> flights = new ArrayList<>();
    for (int c = 0; c < o.connections; c++) {
      SocketChannel channel =
          SocketChannel.open(new InetSocketAddress(base.getHost(), base.getPort()));
      channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
      channel.configureBlocking(false);
      Flight flight = new Flight(channel, c);
      flight.key = channel.register(selector, 0, flight);
      flights.add(flight);
    }
    boolean marked = false;
    for (Flight f : flights) {
      f.send(heads[f.host], ++sequence, bodies[f.host]);
    }
    int open = flights.size();
    while (open > 0) {
      long now = System.nanoTime();
      if (!marked && now >= measureFrom) {
        System.err.println("ingest: warm-up over, measuring");
        marked = true;
      }
      selector.select(100);
      for (SelectionKey key : selector.selectedKeys()) {
        Flight f = (Flight) key.attachment();
        try {
          if (key.isWritable()) {
            f.flush();
          }
          if (key.isReadable()) {
            int status = f.receive();
            if (status == 0) {
              continue;
            }
            long answered = System.nanoTime();
            long took = answered - f.sent;
            if (status != 200) {
              errors++;
              if (firstError.isEmpty()) {
                firstError = status + " " + f.lastBody;
              }
            }
            if (f.sent >= measureFrom && f.sent < end) {
              histogram[(int) Math.min(BUCKETS - 1, took / BUCKET_NANOS)]++;
              max = Math.max(max, took);
            }
            if (answered >= end) {
              f.channel.close();
              open--;
              continue;
            }
            f.host += o.connections;
            if (f.host >= hosts.size()) {
              f.host = f.first % hosts.size();
            }
            f.send(heads[f.host], ++sequence, bodies[f.host]);
          }
        } catch (IOException e) {
          errors++;
          if (firstError.isEmpty()) {
            firstError = e.toString();
          }
          f.channel.close();
          open--;
        }
      }
      selector.selectedKeys().clear();
    }
    System.err.println("ingest: measured");
    selector.close();
    return new Ingest(histogram, max, errors, firstError);
  }

  /** One connection of {@link #ingestOnOneThread}: the request being sent and the answer read. */
  private static final class Flight {
    final SocketChannel channel;
    final int first;
    int host;
    long sent;
    String lastBody = "";
    SelectionKey key;
    private ByteBuffer out = ByteBuffer.allocate(16384);
    private final ByteBuffer in = ByteBuffer.allocate(65536);

    Flight(SocketChannel channel, int first) {
      this.channel = channel;
      this.first = first;
      this.host = first;
    }

    void send(byte[] head, long sequence, byte[] rest) throws IOException {
      out = heartbeatRequest(out, head, sequence, rest);
      sent = System.nanoTime();
      flush();
    }

    void flush() throws IOException {
      channel.write(out);
      key.interestOps(out.hasRemaining() ? SelectionKey.OP_WRITE : SelectionKey.OP_READ);
    }

    /** Reads what has come; the answer's status once it is whole, 0 before. */
    int receive() throws IOException {
      if (channel.read(in) < 0) {
        throw new IOException("the broker closed the connection");
      }
      byte[] a = in.array();
      int filled = in.position();
      int headEnd = -1;
      for (int i = 3; i < filled; i++) {
        if (a[i] == '\n' && a[i - 1] == '\r' && a[i - 2] == '\n' && a[i - 3] == '\r') {
          headEnd = i + 1;
          break;
        }
      }
      if (headEnd < 0) {
        return 0;
      }
      String head = new String(a, 0, headEnd, StandardCharsets.US_ASCII);
      int status = Integer.parseInt(head.substring(9, 12));
      int at = head.toLowerCase(Locale.ROOT).indexOf("\r\ncontent-length:");
      if (at < 0) {
        throw new IOException("an answer without Content-Length: " + head);
      }
      int length =
          Integer.parseInt(head.substring(at + 17, head.indexOf('\r', at + 17)).trim());
      if (filled < headEnd + length) {
        return 0;
      }
      if (status != 200) {
        lastBody = new String(a, headEnd, length, StandardCharsets.UTF_8);
      }
      int extra = filled - headEnd - length;
      System.arraycopy(a, headEnd + length, a, 0, extra);
      in.position(extra);
      return status;
    }
  }

  private static void listing(URI base, Options o, String first, String what) throws IOException {
    List<Long> pages = new ArrayList<>();
    int hosts = 0;
    try (Client client = new Client(base)) {
      String next = first;
      while (next != null) {
        long sent = System.nanoTime();
        Answer answer = client.send("GET", next, o.adminToken, null);
        pages.add(System.nanoTime() - sent);
        if (answer.status != 200) {
          throw new IOException("listing " + next + ": " + answer.status + " " + answer.body);
        }
        hosts += count(answer.body, "\"sessionHostHealthCheckResults\"");
        Matcher m = NEXT.matcher(answer.body);
        next = null;
        if (m.find()) {
          URI link = URI.create(m.group(1).replace("\\u0026", "&"));
          next = link.getRawPath() + (link.getRawQuery() == null ? "" : "?" + link.getRawQuery());
        }
      }
    }
    long[] sorted = pages.stream().mapToLong(Long::longValue).sorted().toArray();
    System.out.printf(
        Locale.ROOT,
        "listing %s: %d pages, %d hosts, median %.2f ms, p99 %.2f ms, max %.2f ms per page%n",
        what,
        sorted.length,
        hosts,
        sorted[sorted.length / 2] / 1e6,
        sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.99) - 1)] / 1e6,
        sorted[sorted.length - 1] / 1e6);
  }

  private static int count(String text, String what) {
    int n = 0;
    for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
      n++;
    }
    return n;
  }

  /**
   * Plain durable upserts of rows shaped like the broker's session_host row, from C connections in
   * autocommit, for S seconds: what the database itself gives without the broker.
   */
  private static void raw(Options o) throws Exception {
    String snapshot = Files.readString(Path.of(o.health), StandardCharsets.UTF_8);
    try (Connection c = DriverManager.getConnection(o.raw, o.dbUser, o.dbPassword)) {
      c.createStatement().execute("DROP TABLE IF EXISTS raw_upsert");
      c.createStatement()
          .execute(
              "CREATE TABLE raw_upsert (name VARCHAR(64) PRIMARY KEY, last_sequence BIGINT NOT NULL,"
                  + " last_heartbeat_at BIGINT NOT NULL, status VARCHAR(32) NOT NULL, heartbeat"
                  + " TEXT NOT NULL)");
    }
    String upsert =
        "INSERT INTO raw_upsert (name, last_sequence, last_heartbeat_at, status, heartbeat)"
            + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET last_sequence ="
            + " excluded.last_sequence, last_heartbeat_at = excluded.last_heartbeat_at, status ="
            + " excluded.status, heartbeat = excluded.heartbeat";
    LongAdder done = new LongAdder();
    long measureFrom = System.nanoTime() + o.warmup * 1_000_000_000L;
    long end = measureFrom + o.seconds * 1_000_000_000L;
    List<Thread> threads = new ArrayList<>();
    List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    for (int t = 0; t < o.connections; t++) {
      int worker = t;
      Thread thread =
          new Thread(
              () -> {
                try (Connection c = DriverManager.getConnection(o.raw, o.dbUser, o.dbPassword);
                    PreparedStatement s = c.prepareStatement(upsert)) {
                  c.setAutoCommit(true);
                  long sequence = 0;
                  for (int i = worker; ; i += o.connections) {
                    if (i >= o.hosts) {
                      i = worker % o.hosts;
                    }
                    long now = System.nanoTime();
                    if (now >= end) {
                      return;
                    }
                    s.setString(1, hostName(o, i));
                    s.setLong(2, ++sequence);
                    s.setLong(3, System.currentTimeMillis());
                    s.setString(4, "Available");
                    s.setString(5, snapshot);
                    s.executeUpdate();
                    if (now >= measureFrom) {
                      done.increment();
                    }
                  }
                } catch (SQLException e) {
                  failures.add(e);
                }
              });
      thread.start();
      threads.add(thread);
    }
    for (Thread thread : threads) {
      thread.join();
    }
    if (!failures.isEmpty()) {
      throw new SQLException("raw upserts failed", failures.get(0));
    }
    System.out.printf(
        Locale.ROOT,
        "raw durable upserts: %d rows, %d connections, %d s: %.0f/s%n",
        o.hosts,
        o.connections,
        o.seconds,
        done.sum() / (double) o.seconds);
  }

  /** The request line and headers of a heartbeat with this credential, up to its length. */
  private static byte[] heartbeatHead(String hostHeader, String credential) {
    return ("POST /v1/heartbeat HTTP/1.1\r\nHost: "
            + hostHeader
            + "\r\nAccept: application/json\r\nAuthorization: Bearer "
            + credential
            + "\r\nContent-Type: application/json\r\nContent-Length: ")
        .getBytes(StandardCharsets.US_ASCII);
  }

  private static final byte[] SEQUENCE = "{\"sequence\":".getBytes(StandardCharsets.US_ASCII);

  /**
   * The whole heartbeat request {@code head + length + {"sequence":N + rest}, ready to write from
   * its start to its limit: in {@code buffer}, or in a larger one when it does not fit.
   */
  private static ByteBuffer heartbeatRequest(
      ByteBuffer buffer, byte[] head, long sequence, byte[] rest) {
    byte[] number = Long.toString(sequence).getBytes(StandardCharsets.US_ASCII);
    int length = SEQUENCE.length + number.length + rest.length;
    byte[] declared = (length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    int total = head.length + declared.length + length;
    ByteBuffer into = buffer.capacity() < total ? ByteBuffer.allocate(total * 2) : buffer.clear();
    return into.put(head).put(declared).put(SEQUENCE).put(number).put(rest).flip();
  }

  /** A heartbeat's body after its sequence: {@code ,"sessions":...}}. */
  private static byte[] heartbeatRest(Host host) {
    return (",\"sessions\":0,\"agentVersion\":\"bench\",\"osVersion\":\"Linux\",\"health\":"
            + host.health()
            + "}")
        .getBytes(StandardCharsets.UTF_8);
  }

  private record Host(String credential, String health) {}

  private record Ingest(long[] histogram, long maxNanos, long errors, String firstError) {
    long countOf() {
      return Arrays.stream(histogram).sum();
    }

    double percentile(double p) {
      long total = countOf();
      long seen = 0;
      for (int b = 0; b < histogram.length; b++) {
        seen += histogram[b];
        if (seen >= Math.ceil(total * p)) {
          return (b + 1) * BUCKET_NANOS / 1e6;
        }
      }
      return maxNanos / 1e6;
    }

    double maxMillis() {
      return maxNanos / 1e6;
    }

    long count() {
      return countOf();
    }
  }

  /**
   * An HTTP/1.1 keep-alive connection with one request in flight. Heartbeats go out as one write of
   * prebuilt bytes (only the sequence and the length change), and answers are parsed from a buffer
   * of its own, so that the generator leaves as much of the machine as it can to the broker.
   */
  private static final class Client implements AutoCloseable {
    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;
    private final String hostHeader;
    private final byte[] buffer = new byte[65536];
    private int position;
    private int limit;
    private ByteBuffer request = ByteBuffer.allocate(16384);
    private String lastBody = "";

    Client(URI base) throws IOException {
      socket = new Socket();
      socket.setTcpNoDelay(true);
      socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5000);
      socket.setSoTimeout(30_000);
      out = socket.getOutputStream();
      in = socket.getInputStream();
      hostHeader = base.getHost() + ":" + base.getPort();
    }

    Answer send(String method, String path, String bearer, String body) throws IOException {
      byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
      StringBuilder head = new StringBuilder(256);
      head.append(method).append(' ').append(path).append(" HTTP/1.1\r\nHost: ").append(hostHeader);
      head.append("\r\nAccept: application/json");
      if (bearer != null) {
        head.append("\r\nAuthorization: Bearer ").append(bearer);
      }
      if (body != null) {
        head.append("\r\nContent-Type: application/json\r\nContent-Length: ").append(content.length);
      }
      head.append("\r\n\r\n");
      ByteArrayOutputStream request = new ByteArrayOutputStream(head.length() + content.length);
      request.write(head.toString().getBytes(StandardCharsets.US_ASCII));
      request.write(content);
      out.write(request.toByteArray());
      out.flush();
      return read();
    }

    /**
     * Sends a heartbeat {@code {"sequence":N} + rest} and reads the whole answer.
     *
     * @param rest the body after the sequence: {@code ,"sessions":...}}
     * @return the answer's status
     */
    int heartbeat(byte[] head, long sequence, byte[] rest) throws IOException {
      request = heartbeatRequest(request, head, sequence, rest);
      out.write(request.array(), 0, request.limit());
      Answer answer = read();
      lastBody = answer.body;
      return answer.status;
    }

    String lastBody() {
      return lastBody;
    }

    private Answer read() throws IOException {
      String status = line();
      if (status == null) {
        throw new IOException("the broker closed the connection");
      }
      int code = Integer.parseInt(status.split(" ")[1]);
      int length = -1;
      boolean chunked = false;
      for (String header = line(); header != null && !header.isEmpty(); header = line()) {
        String lower = header.toLowerCase(Locale.ROOT);
        if (lower.startsWith("content-length:")) {
          length = Integer.parseInt(header.substring(15).trim());
        } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
          chunked = true;
        }
      }
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      if (chunked) {
        for (int size = Integer.parseInt(line().trim(), 16); size > 0; size =
            Integer.parseInt(line().trim(), 16)) {
          bytes(body, size);
          line();
        }
        line();
      } else if (length > 0) {
        bytes(body, length);
      }
      return new Answer(code, body.toString(StandardCharsets.UTF_8));
    }

    /** Whether the buffer has a byte to read, filling it from the socket when empty. */
    private boolean fill() throws IOException {
      if (position < limit) {
        return true;
      }
      int n = in.read(buffer);
      if (n <= 0) {
        return false;
      }
      position = 0;
      limit = n;
      return true;
    }

    private void bytes(ByteArrayOutputStream to, int count) throws IOException {
      while (count > 0) {
        if (!fill()) {
          throw new IOException("the broker closed the connection in an answer");
        }
        int take = Math.min(count, limit - position);
        to.write(buffer, position, take);
        position += take;
        count -= take;
      }
    }

    private String line() throws IOException {
      StringBuilder line = new StringBuilder();
      while (fill()) {
        byte b = buffer[position++];
        if (b == '\n') {
          int last = line.length() - 1;
          return last >= 0 && line.charAt(last) == '\r' ? line.substring(0, last) : line.toString();
        }
        line.append((char) b);
      }
      return line.length() == 0 ? null : line.toString();
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }

  private record Answer(int status, String body) {}

  private static final class Options {
    String url = "http://127.0.0.1:8780";
    String adminToken;
    String pool = "default";
    String prefix = "bench";
    String health;
    String raw;
    String dbUser = "";
    String dbPassword = "";
    int hosts = 1000;
    int connections = 32;
    int seconds = 60;
    int warmup = 5;
    boolean threads;

    static Options parse(String[] args) {
      Options o = new Options();
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        if (a.equals("--threads")) {
          o.threads = true;
          continue;
        }
        if (a.equals("--help")) {
          System.out.println(
              "IngestBench --url URL --admin-token T --health FILE [--hosts N] [--connections C]"
                  + " [--seconds S] [--warmup S] [--pool P] [--prefix NAME] [--threads]\n"
                  + "  heartbeats from one thread on a selector; --threads: a thread per connection\n"
                  + "IngestBench --raw JDBC_URL [--db-user U] [--db-password P] --health FILE"
                  + " [--hosts N] [--connections C] [--seconds S]");
          System.exit(0);
        }
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException(a + ": needs a value");
        }
        String v = args[++i];
        switch (a) {
          case "--url" -> o.url = v;
          case "--admin-token" -> o.adminToken = v;
          case "--pool" -> o.pool = v;
          case "--prefix" -> o.prefix = v;
          case "--health" -> o.health = v;
          case "--raw" -> o.raw = v;
          case "--db-user" -> o.dbUser = v;
          case "--db-password" -> o.dbPassword = v;
          case "--hosts" -> o.hosts = Integer.parseInt(v);
          case "--connections" -> o.connections = Integer.parseInt(v);
          case "--seconds" -> o.seconds = Integer.parseInt(v);
          case "--warmup" -> o.warmup = Integer.parseInt(v);
          default -> throw new IllegalArgumentException("unknown option " + a + " (see --help)");
        }
      }
      if (o.health == null) {
        throw new IllegalArgumentException("--health FILE: a snapshot from `check --format json`");
      }
      return o;
    }
  }
}
