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
import org.speechdraft.core.model.Draft;
import org.speechdraft.core.storage.DraftCodec;
import org.speechdraft.core.storage.DraftFileException;

/** Saving and opening a draft: JSON encode/decode of a whole speech, without the disk. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class DraftCodecBench {

    @Param({"30000", "100000"})
    public int chars;

    private DraftCodec codec;
    private Draft draft;
    private byte[] encoded;

    @Setup
    public void setUp() throws DraftFileException {
        codec = new DraftCodec();
        draft = SpeechTextGenerator.draft(chars);
        encoded = codec.encode(draft);
        if (!codec.decode(encoded).equals(draft)) {
            throw new IllegalStateException("draft does not survive encode/decode");
        }
    }

    @Benchmark
    public byte[] encode() {
        return codec.encode(draft);
    }

    @Benchmark
    public Draft decode() throws DraftFileException {
        return codec.decode(encoded);
    }
}
