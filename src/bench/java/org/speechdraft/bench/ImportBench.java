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
import org.speechdraft.core.cleanup.CleanupOptions;
import org.speechdraft.core.importing.ImportedSpeech;
import org.speechdraft.core.importing.SpeechImporter;

/**
 * 导入 of a noisy text: a generated speech as a PDF copy would give it — site chrome around it,
 * lines wrapped at 36 characters, a page number every 30 lines, half-width commas — cleaned by
 * every default rule, structured and scanned for placeholders.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ImportBench {

    private static final int WIDTH = 36;
    private static final int PAGE_LINES = 30;

    @Param({"10000", "100000"})
    public int chars;

    private String noisy;

    @Setup
    public void setUp() {
        noisy = noisy(SpeechTextGenerator.lines(chars));
    }

    @Benchmark
    public ImportedSpeech importText() {
        return new SpeechImporter().importText(noisy, CleanupOptions.DEFAULTS);
    }

    static String noisy(List<String> paragraphs) {
        List<String> lines = new ArrayList<>(List.of("您的当前位置：首页 > 讲话稿 > 正文", "时间：2026-03-06 09:12 来源：网友投稿", ""));
        int page = 1;
        for (String paragraph : paragraphs) {
            String text = paragraph.replace('，', ',');
            for (int start = 0; start < text.length(); start += WIDTH) {
                lines.add(text.substring(start, Math.min(text.length(), start + WIDTH)));
                if (lines.size() % PAGE_LINES == 0) {
                    lines.add("- " + page++ + " -");
                }
            }
        }
        lines.addAll(List.of("", "本文链接：https://www.example.cn/1.html", "Copyright © 2026 示例范文网 版权所有"));
        return String.join("\n", lines);
    }
}
