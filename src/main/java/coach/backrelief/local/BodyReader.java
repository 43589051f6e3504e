package coach.backrelief.local;

import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;

/**
 * Reads a request body without blocking a thread: up to {@code cap} bytes are kept; past the cap
 * the rest is read and dropped, up to {@code drainLimit} bytes in all, so that the connection can
 * be reused after the 413. A body declared (or found) larger than {@code drainLimit} is not read
 * on: the answer closes the connection. Chunked bodies are counted the same way.
 *
 * <p>{@link #discard} is the lingering close for that last case: after the closing 413 has been
 * written, what the client is still sending is read and dropped (up to a limit) before the
 * connection closes. Closing a socket with unread bytes in it makes the kernel send a reset, and a
 * client still writing its body then loses the 413 it was sent.
 */
final class BodyReader implements Runnable {
    /** A body read whole ({@code bytes}), or too large ({@code bytes} null; {@code drained} when the connection is reusable). */
    record Body(byte[] bytes, boolean drained) {
        boolean tooLarge() {
            return bytes == null;
        }
    }

    private final Request request;
    private final int cap;
    private final long drainLimit;
    private final ByteArrayOutputStream kept;
    private final CompletableFuture<Body> result = new CompletableFuture<>();
    private long total;

    private BodyReader(Request request, int cap, long drainLimit, long declared) {
        this.request = request;
        this.cap = cap;
        this.drainLimit = drainLimit;
        this.kept = new ByteArrayOutputStream(declared >= 0 && declared <= cap ? (int) declared : 4096);
    }

    /** Completes with the body; the caller bounds the time with {@link CompletableFuture#orTimeout}. */
    static CompletableFuture<Body> read(Request request, int cap, long drainLimit) {
        long declared = request.getLength();
        if (declared > drainLimit) {
            return CompletableFuture.completedFuture(new Body(null, false));
        }
        BodyReader reader = new BodyReader(request, cap, drainLimit, declared);
        reader.run();
        return reader.result;
    }

    /**
     * Reads and drops the rest of the body, up to {@code limit} bytes; completes at its end, at the
     * limit, or on a read failure (never exceptionally). The caller bounds the time.
     */
    static CompletableFuture<Void> discard(Request request, long limit) {
        BodyReader reader = new BodyReader(request, 0, limit, 0);
        reader.run();
        return reader.result.handle((body, failure) -> null);
    }

    @Override
    public void run() {
        while (!result.isDone()) {
            Content.Chunk chunk = request.read();
            if (chunk == null) {
                request.demand(this);
                return;
            }
            if (Content.Chunk.isFailure(chunk)) {
                result.completeExceptionally(chunk.getFailure());
                return;
            }
            ByteBuffer buffer = chunk.getByteBuffer();
            int length = buffer.remaining();
            if (total + length <= cap) {
                byte[] bytes = new byte[length];
                buffer.get(bytes);
                kept.writeBytes(bytes);
            }
            total += length;
            boolean last = chunk.isLast();
            chunk.release();
            if (total > drainLimit) {
                result.complete(new Body(null, false));
            } else if (last) {
                result.complete(total > cap ? new Body(null, true) : new Body(kept.toByteArray(), true));
            }
        }
    }
}
