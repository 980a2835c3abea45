package org.speechdraft.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.speechdraft.core.storage.AppHome;
import org.speechdraft.core.template.Template;
import org.speechdraft.core.template.TemplateCodec;
import org.speechdraft.core.template.TemplateEntry;
import org.speechdraft.core.template.TemplateException;
import org.speechdraft.core.template.TemplateLibrary;

/**
 * The template gallery with a large library: {@code templates} user templates (copies of the
 * built-in ones under other ids and names, a few of them favourites or recently used) in a
 * temporary app home, plus the built-ins. {@code loadAndList} reads, validates, indexes and sorts
 * them all from disk, as opening the gallery does the first time; {@code list} and {@code search}
 * work on the loaded library, as typing in the gallery's search box does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class TemplateSearchBench {

    @Param({"1000"})
    public int templates;

    private Path root;
    private AppHome home;
    private TemplateLibrary library;

    @Setup
    public void setUp() throws IOException, TemplateException {
        root = Files.createTempDirectory("template-bench");
        home = AppHome.at(root);
        List<Template> builtins = TemplateLibrary.load(home, null).all().stream().map(TemplateEntry::template).toList();
        TemplateCodec codec = new TemplateCodec();
        for (int i = 0; i < templates; i++) {
            Template model = builtins.get(i % builtins.size());
            codec.write(home.templatesDir().resolve("t-" + i + ".json"),
                    model.withId("t-" + i).withName(model.name() + "（第" + i + "稿）"));
        }
        library = TemplateLibrary.load(home, null);
        for (int i = 0; i < 10; i++) {
            library.setFavourite("t-" + (i * 7), true);
            library.markUsed("t-" + (i * 11));
        }
        if (library.all().size() != templates + builtins.size() || !library.problems().isEmpty()
                || library.search("安全 责任").isEmpty()) {
            throw new IllegalStateException("the library did not load as built: " + library.problems());
        }
    }

    @TearDown
    public void tearDown() throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(file);
            }
        }
    }

    @Benchmark
    public List<TemplateEntry> loadAndList() {
        return TemplateLibrary.load(home, null).all();
    }

    @Benchmark
    public List<TemplateEntry> list() {
        return library.all();
    }

    /** Two words, both to be found (in a heading of the safety-meeting copies). */
    @Benchmark
    public List<TemplateEntry> search() {
        return library.search("安全 责任");
    }
}
