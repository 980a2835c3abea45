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
import org.speechdraft.core.outline.Outline;
import org.speechdraft.core.outline.OutlineAnalyzer;

/**
 * Recomputing the outline (提纲) of a whole speech from its paragraph texts. At 300k characters one
 * call takes tens of milliseconds before the JIT is done, so few calls fit in a second: warmup is
 * 5×2 s here (3×1 s left the 300k case still speeding up during measurement).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 1)
public class OutlineBench {

    @Param({"10000", "100000", "300000"})
    public int chars;

    private List<String> lines;

    @Setup
    public void setUp() {
        lines = SpeechTextGenerator.lines(chars);
    }

    /** A fresh analyzer per call, so any construction cost is included in the score. */
    @Benchmark
    public Outline analyzeText() {
        return new OutlineAnalyzer().analyzeText(lines);
    }
}
