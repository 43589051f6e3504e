package coach.backrelief.bench;

import coach.backrelief.content.ContentRepository;
import coach.backrelief.knowledge.Triage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.concurrent.TimeUnit;

/**
 * The free-text triage on 40-word sentences (issue 9: p99 at most 50 µs): one with a red flag said
 * in passing, one negated, one a plain question. SampleTime mode: median and p99.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TriageBenchmark {
    /** 40 words; the flag ("can't feel my bum when I wipe") is in the middle. */
    static final String FLAG = "so I was carrying the shopping in from the car this morning and my back just went "
            + "again and now I can't feel my bum when I wipe which is weird and "
            + "I don't know what to do about it";
    /** 40 words; every sign is ruled out. */
    static final String NEGATED = "no numbness or tingling or anything like that and I haven't fallen and I can "
            + "pee fine it's just really stiff and sore in the lower back since yesterday so I was wondering "
            + "whether heat or ice would help more";
    /** 40 words; a question with no sign. */
    static final String QUESTION = "um my physio said I should keep doing the exercises she gave me but "
            + "I was wondering if you could tell me whether a heating pad or a warm bath is better for a "
            + "back that keeps going into spasm";

    private Triage triage;

    @Setup
    public void setUp() {
        triage = new ContentRepository().forLocale("en-US").triage();
    }

    @Benchmark
    public Object flagInPassing() {
        return triage.assess(FLAG);
    }

    @Benchmark
    public Object negated() {
        return triage.assess(NEGATED);
    }

    @Benchmark
    public Object question() {
        return triage.assess(QUESTION);
    }
}
