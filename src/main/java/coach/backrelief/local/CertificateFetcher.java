package coach.backrelief.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Fetches the PEM certificate chain at a verified URL. Tests pass their own. */
@FunctionalInterface
interface CertificateFetcher {
    byte[] fetch(URI url) throws IOException;

    /** Over HTTPS, with short timeouts and one retry. */
    static CertificateFetcher https() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
        return url -> {
            IOException last = null;
            for (int attempt = 0; attempt < 2; attempt++) {
                try {
                    HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(url)
                            .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
                    if (response.statusCode() == 200) {
                        return response.body();
                    }
                    last = new IOException("HTTP " + response.statusCode());
                } catch (IOException e) {
                    last = e;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted", e);
                }
            }
            throw last;
        };
    }
}
