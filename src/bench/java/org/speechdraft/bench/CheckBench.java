package org.speechdraft.bench;

import java.util.ArrayList;
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
import org.speechdraft.core.check.CheckOptions;
import org.speechdraft.core.check.Problem;
import org.speechdraft.core.check.Proofreader;

/**
 * 校对 of a whole speech with every check on, as `check` and the problems panel run it. The
 * generated speech gets the slips the checks look for — a half-width comma, a doubled 的, an
 * unmatched 《 — in every fifth paragraph, so each check has work to report.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 1)
public class CheckBench {

    @Param({"10000", "100000", "300000"})
    public int chars;

    private List<String> lines;

    @Setup
    public void setUp() {
        lines = new ArrayList<>();
        List<String> generated = SpeechTextGenerator.lines(chars);
        for (int i = 0; i < generated.size(); i++) {
            String line = generated.get(i);
            if (i % 5 == 3 && line.length() > 10) {
                line = line.substring(0, 4) + ",的的《" + line.substring(4);
            }
            lines.add(line);
        }
        if (new Proofreader().checkText(lines, CheckOptions.DEFAULTS).isEmpty()) {
            throw new IllegalStateException("the input should have problems to report");
        }
    }

    @Benchmark
    public List<Problem> check() {
        return new Proofreader().checkText(lines, CheckOptions.DEFAULTS);
    }
}
