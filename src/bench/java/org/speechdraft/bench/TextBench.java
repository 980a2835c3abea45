package org.speechdraft.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.speechdraft.core.text.CharCounter;
import org.speechdraft.core.text.TextMatch;
import org.speechdraft.core.text.TextSearch;

/**
 * 字数 counting and the search bar's find-all over a whole speech. The query is a phrase that
 * occurs many times in the generated text; the ignore-case variant takes TextSearch's
 * region-matching path, which is the slower one.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class TextBench {

    /** A phrase that occurs in many generated sentences. */
    static final String QUERY = "项目";

    @Param({"10000", "100000", "300000"})
    public int chars;

    private String text;

    @Setup
    public void setUp() {
        text = SpeechTextGenerator.text(chars);
        if (TextSearch.findAll(text, QUERY, true).isEmpty()) {
            throw new IllegalStateException("query does not occur in the generated text");
        }
    }

    @Benchmark
    public int charCount() {
        return CharCounter.count(text);
    }

    @Benchmark
    public List<TextMatch> findAllMatchCase() {
        return TextSearch.findAll(text, QUERY, true);
    }

    @Benchmark
    public List<TextMatch> findAllIgnoreCase() {
        return TextSearch.findAll(text, QUERY, false);
    }
}
