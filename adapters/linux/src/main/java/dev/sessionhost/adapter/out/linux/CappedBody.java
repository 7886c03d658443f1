package dev.sessionhost.adapter.out.linux;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Reads a response body as text, keeping at most {@link #MAX_BYTES} and then cancelling the
 * download, so a huge or endless answer costs neither memory nor time.
 */
final class CappedBody implements HttpResponse.BodySubscriber<String> {

  /** Enough bytes for the 64 Ki characters an answer keeps, whatever the encoding. */
  static final int MAX_BYTES = 4 * 64 * 1024;

  private final Charset charset;
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final CompletableFuture<String> body = new CompletableFuture<>();
  private Flow.Subscription subscription;

  private CappedBody(Charset charset) {
    this.charset = charset;
  }

  /** A handler reading the body in the charset its {@code Content-Type} names, else UTF-8. */
  static HttpResponse.BodyHandler<String> handler() {
    return info -> new CappedBody(charsetOf(info.headers().firstValue("Content-Type").orElse("")));
  }

  @Override
  public void onSubscribe(Flow.Subscription newSubscription) {
    this.subscription = newSubscription;
    newSubscription.request(1);
  }

  @Override
  public void onNext(List<ByteBuffer> buffers) {
    for (ByteBuffer buffer : buffers) {
      int take = Math.min(buffer.remaining(), MAX_BYTES - bytes.size());
      byte[] chunk = new byte[take];
      buffer.get(chunk);
      bytes.write(chunk, 0, take);
    }
    if (bytes.size() >= MAX_BYTES) {
      subscription.cancel();
      finish();
    } else {
      subscription.request(1);
    }
  }

  @Override
  public void onError(Throwable failure) {
    body.completeExceptionally(failure);
  }

  @Override
  public void onComplete() {
    finish();
  }

  @Override
  public CompletionStage<String> getBody() {
    return body;
  }

  private void finish() {
    body.complete(bytes.toString(charset));
  }

  private static Charset charsetOf(String contentType) {
    for (String part : contentType.split(";")) {
      String trimmed = part.strip();
      if (trimmed.toLowerCase(Locale.ROOT).startsWith("charset=")) {
        try {
          return Charset.forName(trimmed.substring(8).replace("\"", "").strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
          return StandardCharsets.UTF_8;
        }
      }
    }
    return StandardCharsets.UTF_8;
  }
}
