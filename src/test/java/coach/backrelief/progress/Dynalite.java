package coach.backrelief.progress;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real DynamoDB API for tests: <a href="https://github.com/architect/dynalite">dynalite</a>
 * (MIT, on Node) in memory on a free loopback port. The pinned version is installed into
 * {@code target/dynalite} with npm the first time (about 2 s), started once per test run (shared
 * by all test classes through the root store) and stopped when the run ends. A missing node/npm
 * or a failed install fails the tests: they are never skipped.
 *
 * <p>Use with {@code @ExtendWith(Dynalite.class)} and take a {@code Dynalite.Server} parameter.
 */
public final class Dynalite implements BeforeAllCallback, ParameterResolver {
    /** 3.x is pure JavaScript (4.x pulls a native LevelDB binding and is Apache-2.0). */
    static final String VERSION = "3.2.2";
    static final Path HOME = Path.of("target", "dynalite");

    /** A running dynalite; a client factory for it. */
    public record Server(int port, Process process) implements AutoCloseable {
        public URI endpoint() {
            return URI.create("http://127.0.0.1:" + port);
        }

        /** A client with fake static credentials (dynalite checks only that a signature is there). */
        public DynamoDbClient client() {
            return DynamoDbClient.builder()
                    .endpointOverride(endpoint())
                    .region(Region.US_EAST_1)
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("fake", "fake")))
                    .httpClientBuilder(UrlConnectionHttpClient.builder())
                    .build();
        }

        @Override
        public void close() {
            process.destroy();
            try {
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        server(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Server.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return server(context);
    }

    private static Server server(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.create(Dynalite.class))
                .getOrComputeIfAbsent(Server.class, key -> start(), Server.class);
    }

    private static Server start() {
        try {
            install();
            Path script = HOME.resolve("start.js");
            Files.writeString(script, """
                    const port = Number(process.argv[2]);
                    require('dynalite')({createTableMs: 0, deleteTableMs: 0, updateTableMs: 0})
                      .listen(port, '127.0.0.1', () => console.log('dynalite on ' + port));
                    """);
            int port = freePort();
            Process process = new ProcessBuilder("node", script.toAbsolutePath().toString(), Integer.toString(port))
                    .redirectErrorStream(true)
                    .redirectOutput(HOME.resolve("dynalite.log").toFile())
                    .start();
            awaitListening(process, port);
            return new Server(port, process);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start dynalite (is Node 20 on the PATH?)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** npm install of the pinned version, unless target/dynalite already has it. */
    private static void install() throws IOException, InterruptedException {
        Path installed = HOME.resolve(Path.of("node_modules", "dynalite", "package.json"));
        if (Files.exists(installed) && Files.readString(installed).contains("\"version\": \"" + VERSION + "\"")) {
            return;
        }
        Files.createDirectories(HOME);
        List<String> command = List.of("npm", "install", "--prefix", HOME.toString(), "dynalite@" + VERSION,
                "--omit=optional", "--ignore-scripts", "--no-audit", "--no-fund", "--no-save");
        Process npm = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(npm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!npm.waitFor(180, TimeUnit.SECONDS) || npm.exitValue() != 0 || !Files.exists(installed)) {
            throw new IllegalStateException("npm could not install dynalite@" + VERSION
                    + " (the npm registry must be reachable):\n" + output);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void awaitListening(Process process, int port) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("dynalite exited: " + Files.readString(HOME.resolve("dynalite.log")));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("dynalite did not listen on port " + port + " within 20 s");
    }
}
