package coach.backrelief.lambda;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * SnapStart priming. Registered when the Lambda handler is constructed (the init phase).
 * <ul>
 *   <li>{@link #beforeCheckpoint}: sends {@link PrimingRequests} through the real stream handler
 *       with the progress store redirected to a temporary one, then makes the DynamoDB client's first
 *       calls on a dry path ({@link StoragePriming}), so the
 *       classes a request needs are loaded, Jackson has worked out the ASK model, and the hot code
 *       is compiled, all inside the snapshot.</li>
 *   <li>{@link #afterRestore}: re-seeds the random source. Nothing else unique is captured: the
 *       clock is read per request, the priming requests carry fixed timestamps, and the dry storage
 *       path fetches no credentials and leaves no connection open.</li>
 * </ul>
 * On a JDK without CRaC (local commands, tests) {@code org.crac} is a no-op and neither hook runs,
 * unless called directly.
 */
public final class Priming implements Resource {
    private static final Logger LOG = LoggerFactory.getLogger(Priming.class);

    private final RequestStreamHandler handler;
    private final FreshRandom random;
    private final PrimingStore store;
    private final String skillId;
    private final boolean dynamoDb;

    Priming(RequestStreamHandler handler, FreshRandom random, PrimingStore store, String skillId, boolean dynamoDb) {
        this.handler = handler;
        this.random = random;
        this.store = store;
        this.skillId = skillId;
        this.dynamoDb = dynamoDb;
    }

    /** Registers with the global CRaC context; the caller keeps the returned reference (CRaC holds it weakly). */
    Priming register() {
        Core.getGlobalContext().register(this);
        return this;
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        prime();
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        random.reseed();
    }

    /**
     * Runs the priming requests and the dry storage calls.
     *
     * @return how many priming requests were answered
     */
    public int prime() {
        long start = System.nanoTime();
        int answered = StoragePriming.withTemporaryStore(temporary -> {
            if (store != null) {
                store.redirect(temporary);
            }
            try {
                return send(PrimingRequests.all(skillId));
            } finally {
                if (store != null) {
                    store.restore();
                }
            }
        });
        if (dynamoDb) {
            StoragePriming.dynamoDbDry();
        }
        if (store != null) {
            store.prepare(); // the real store's client, built lazily otherwise, goes into the snapshot
        }
        random.reseed();
        LOG.info("primed: {} requests answered in {} ms", answered, (System.nanoTime() - start) / 1_000_000);
        return answered;
    }

    private int send(Iterable<byte[]> requests) {
        int answered = 0;
        for (byte[] request : requests) {
            try {
                ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
                handler.handleRequest(new ByteArrayInputStream(request), out, null);
                answered += out.size() > 0 ? 1 : 0;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (RuntimeException e) {
                LOG.warn("priming request failed: {}", e.toString());
            }
        }
        return answered;
    }
}
