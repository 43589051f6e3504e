package coach.backrelief.local;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Fetches the PEM certificate chain at a verified URL. Tests pass their own. */
@FunctionalInterface
interface CertificateFetcher {
    /** Connecting may take this long; the whole fetch takes at most {@link SigningCertificates#FETCH_TIMEOUT}. */
    Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    /** A chain of a few PEM certificates is under 10 KB; anything much larger is not one. */
    int MAX_CHAIN_BYTES = 64 * 1024;

    byte[] fetch(URI url) throws IOException;

    /** Over HTTPS: one attempt, no redirects, bounded in time and size. */
    static CertificateFetcher https() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        Duration timeout = SigningCertificates.FETCH_TIMEOUT;
        return url -> {
            CompletableFuture<HttpResponse<byte[]>> response = client.sendAsync(
                    HttpRequest.newBuilder(url).timeout(timeout).GET().build(), info -> new Limited(MAX_CHAIN_BYTES));
            try {
                HttpResponse<byte[]> done = response.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                if (done.statusCode() != 200) {
                    throw new IOException("HTTP " + done.statusCode());
                }
                return done.body();
            } catch (ExecutionException e) {
                throw new IOException("fetch failed", e.getCause());
            } catch (TimeoutException e) {
                response.cancel(true);
                throw new IOException("fetch timed out");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        };
    }

    /** A response body of at most {@code limit} bytes; a longer one fails the fetch and stops reading. */
    final class Limited implements HttpResponse.BodySubscriber<byte[]> {
        private final int limit;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> body = new CompletableFuture<>();
        private Flow.Subscription subscription;

        Limited(int limit) {
            this.limit = limit;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return body;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            for (ByteBuffer buffer : buffers) {
                if (bytes.size() + buffer.remaining() > limit) {
                    subscription.cancel();
                    body.completeExceptionally(new IOException("response over " + limit + " bytes"));
                    return;
                }
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                bytes.write(chunk, 0, chunk.length);
            }
        }

        @Override
        public void onError(Throwable error) {
            body.completeExceptionally(error);
        }

        @Override
        public void onComplete() {
            body.complete(bytes.toByteArray());
        }
    }
}
