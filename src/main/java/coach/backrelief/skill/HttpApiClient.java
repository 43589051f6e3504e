package coach.backrelief.skill;

import com.amazon.ask.model.services.ApiClient;
import com.amazon.ask.model.services.ApiClientRequest;
import com.amazon.ask.model.services.ApiClientResponse;
import com.amazon.ask.model.services.Pair;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The SDK's {@link ApiClient} (the Alexa service clients call through it) over
 * {@link HttpURLConnection}, with connect and read timeouts chosen for Alexa's 8-second answer
 * budget. The SDK's own implementation needs Apache HttpClient 4, which this project leaves out.
 * A failure to connect or read is an {@link UncheckedIOException}; a non-2xx answer is returned
 * as it is (the service client turns it into a {@code ServiceException} with the status).
 */
public final class HttpApiClient implements ApiClient {
    /** Bodies of the Alexa APIs this skill calls are small; a longer one is cut (and fails to parse). */
    private static final int MAX_BODY = 64 * 1024;
    private final int connectMillis;
    private final int readMillis;

    public HttpApiClient(Duration connect, Duration read) {
        this.connectMillis = (int) connect.toMillis();
        this.readMillis = (int) read.toMillis();
    }

    @Override
    public ApiClientResponse invoke(ApiClientRequest request) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(request.getUrl()).toURL().openConnection();
            connection.setConnectTimeout(connectMillis);
            connection.setReadTimeout(readMillis);
            connection.setInstanceFollowRedirects(false);
            connection.setRequestMethod(request.getMethod());
            if (request.getHeaders() != null) {
                for (Pair<String, String> header : request.getHeaders()) {
                    connection.addRequestProperty(header.getName(), header.getValue());
                }
            }
            if (request.getBody() != null) {
                byte[] body = request.getBody().getBytes(StandardCharsets.UTF_8);
                connection.setDoOutput(true);
                connection.setFixedLengthStreamingMode(body.length);
                try (OutputStream out = connection.getOutputStream()) {
                    out.write(body);
                }
            }
            ApiClientResponse response = new ApiClientResponse();
            int status = connection.getResponseCode();
            response.setStatusCode(status);
            List<Pair<String, String>> headers = new ArrayList<>();
            connection.getHeaderFields().forEach((name, values) -> {
                if (name != null) {
                    values.forEach(v -> headers.add(new Pair<>(name, v)));
                }
            });
            response.setHeaders(headers);
            InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
            response.setBody(in == null ? "" : read(in));
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(InputStream in) throws IOException {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            int n;
            while ((n = in.read(buffer)) > 0 && out.size() < MAX_BODY) {
                out.write(buffer, 0, n);
            }
            return out.toString(StandardCharsets.UTF_8);
        }
    }
}
