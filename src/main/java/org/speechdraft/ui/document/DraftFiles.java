package org.speechdraft.ui.document;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.speechdraft.core.model.Draft;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;
import org.speechdraft.core.storage.DraftCodec;
import org.speechdraft.core.storage.DraftFileException;
import org.speechdraft.core.text.PastedText;

/** Opening a file as a draft: .sdraft through the codec, plain text as body paragraphs. */
final class DraftFiles {

    private final DraftCodec codec = new DraftCodec();

    boolean isDraftFile(Path file) {
        return file.getFileName().toString().toLowerCase().endsWith(DraftCodec.EXTENSION);
    }

    /** @throws IOException only for plain-text files that cannot be read */
    Draft read(Path file) throws DraftFileException, IOException {
        if (isDraftFile(file)) {
            return codec.read(file);
        }
        return Draft.of(textParagraphs(file));
    }

    private static List<DraftParagraph> textParagraphs(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        return PastedText.paragraphs(decode(bytes)).stream()
                .map(line -> DraftParagraph.of(ParagraphLevel.BODY, line)).toList();
    }

    /** UTF-8 (with or without BOM) when it decodes cleanly, otherwise GB18030 (old Windows files). */
    static String decode(byte[] bytes) {
        int skip = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buffer).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("GB18030"));
        }
    }

    void write(Path file, Draft draft) throws DraftFileException {
        codec.write(file, draft);
    }
}
