package org.speechdraft.bench;

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
import org.speechdraft.core.export.BuiltInPresets;
import org.speechdraft.core.export.PageLayout;
import org.speechdraft.core.export.Pagination;
import org.speechdraft.core.model.Draft;

/**
 * Laying a whole speech out on 公文 pages (the page count in the status bar, the page view, PDF,
 * printing): every paragraph's lines broken, the title's lines balanced, pages filled. The status
 * bar redoes it at each pause in typing, off the FX thread; issue #18 wants it unnoticeable.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 1)
public class PaginationBench {

    @Param({"10000", "100000", "300000"})
    public int chars;

    private Draft draft;
    private PageLayout layout;

    @Setup
    public void setUp() {
        draft = SpeechTextGenerator.draft(chars);
        layout = new PageLayout(BuiltInPresets.gongwen());
    }

    @Benchmark
    public Pagination paginate() {
        return layout.paginate(draft.paragraphs());
    }
}
