package org.speechdraft.core.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.speechdraft.core.placeholder.Placeholder;

class TextExporterTest {

    @TempDir
    Path dir;

    @Test
    void plainUtf8OneParagraphPerLineWithoutFormatting() throws IOException {
        Path file = dir.resolve("讲话.txt");

        ExportResult result = new TextExporter().export(SampleSpeech.draft(), file);

        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertEquals(SampleSpeech.TITLE, text.lines().findFirst().orElseThrow());
        assertEquals("去年全市粮食总产量达到XX万吨，再创历史新高。", text.lines().toList().get(5), "runs joined, no marks");
        assertEquals(SampleSpeech.draft().paragraphs().size(), text.lines().count());
        assertEquals(-1, text.indexOf('\r'), "\\n line ends");
        assertEquals('\n', text.charAt(text.length() - 1));
        assertArrayEquals(SampleSpeech.TITLE.substring(0, 1).getBytes(StandardCharsets.UTF_8),
                java.util.Arrays.copyOf(bytes, 3), "no byte order mark");
        assertEquals(List.of("XX", "**"), result.remaining().stream().map(Placeholder::text).toList());
    }
}
