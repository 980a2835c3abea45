package org.speechdraft.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

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
import org.speechdraft.core.placeholder.PlaceholderDetector;
import org.speechdraft.core.placeholder.PlaceholderReport;

/**
 * Finding the figures still to be filled (待填数据) in a whole speech. The generated speech carries
 * real figures; as in a draft written before they arrived, every third paragraph has its digits
 * written as X (same length, so the input size column stays true: "XX亿元", "X.X%", "XXXX年") and
 * every seventh has them deleted ("增长%"), so placeholders and suspected gaps are both found.
 * Warmup is 5×2 s as for OutlineBench: after 3×1 s the 100k case was still getting faster.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 1)
public class PlaceholderBench {

    private static final Pattern DIGIT = Pattern.compile("[0-9]");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+(\\.[0-9]+)?");

    @Param({"10000", "100000", "300000"})
    public int chars;

    private List<String> lines;

    @Setup
    public void setUp() {
        lines = new ArrayList<>();
        List<String> generated = SpeechTextGenerator.lines(chars);
        for (int i = 0; i < generated.size(); i++) {
            String line = generated.get(i);
            if (i % 3 == 1) {
                line = DIGIT.matcher(line).replaceAll("X");
            } else if (i % 7 == 5) {
                line = DIGITS.matcher(line).replaceAll("");
            }
            lines.add(line);
        }
        PlaceholderReport report = new PlaceholderDetector().detect(lines);
        if (report.placeholders().isEmpty() || report.suspected().isEmpty()) {
            throw new IllegalStateException("the input should have placeholders and suspected gaps: " + report);
        }
    }

    /** A fresh detector per call, so any construction cost is included in the score. */
    @Benchmark
    public PlaceholderReport detect() {
        return new PlaceholderDetector().detect(lines);
    }
}
