package org.speechdraft.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
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
import org.speechdraft.core.compare.Comparison;
import org.speechdraft.core.compare.DraftComparer;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;

/**
 * 快照与比较: comparing a whole speech with another version of it. {@code revised} is the leader's
 * edited copy: in every fifth paragraph a figure changed, every seventh reworded at its start, every
 * eleventh deleted and a new paragraph after every thirteenth. {@code unrelated} compares the speech
 * with another speech of the same size (another seed): nearly every paragraph differs, the worst case
 * for pairing paragraphs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class CompareBench {

    private static final Pattern FIGURE = Pattern.compile("[0-9]+");

    @Param({"30000", "100000"})
    public int chars;

    @Param({"revised", "unrelated"})
    public String other;

    private final DraftComparer comparer = new DraftComparer();
    private List<DraftParagraph> current;
    private List<DraftParagraph> otherVersion;

    @Setup
    public void setUp() {
        current = SpeechTextGenerator.draft(chars).paragraphs();
        otherVersion = other.equals("revised") ? revised(current) : SpeechTextGenerator.generate(chars, 7L).stream()
                .map(l -> DraftParagraph.of(l.level(), l.text())).toList();
        if (comparer.compare(otherVersion, current).isEmpty()) {
            throw new IllegalStateException("the two versions should differ");
        }
    }

    private static List<DraftParagraph> revised(List<DraftParagraph> paragraphs) {
        List<DraftParagraph> out = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            DraftParagraph p = paragraphs.get(i);
            String text = p.text();
            if (i % 11 == 10) {
                continue;
            }
            if (i % 5 == 2) {
                Matcher figure = FIGURE.matcher(text);
                text = figure.find() ? text.substring(0, figure.end()) + "5" + text.substring(figure.end()) : text;
            }
            if (i % 7 == 3 && text.length() > 10) {
                text = "进一步" + text.substring(4);
            }
            out.add(DraftParagraph.of(p.level(), text));
            if (i % 13 == 12) {
                out.add(DraftParagraph.of(ParagraphLevel.BODY, "会后，各单位要迅速传达学习会议精神，结合实际抓好贯彻落实。"));
            }
        }
        return out;
    }

    @Benchmark
    public Comparison compare() {
        return comparer.compare(otherVersion, current);
    }
}
