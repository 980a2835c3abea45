package org.speechdraft.core.template;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.speechdraft.core.storage.DraftFileException;
import org.speechdraft.core.storage.VersionedJson;

/**
 * Reads and writes template files: versioned JSON ("formatVersion": 1), UTF-8, pretty-printed,
 * written atomically. A template is validated both ways, so a file that reads is one that makes a
 * sound draft; every error names the file.
 */
public final class TemplateCodec {

    public static final int FORMAT_VERSION = 1;
    public static final String EXTENSION = ".json";

    public byte[] encode(Template template) {
        return VersionedJson.write(TemplateDto.of(template));
    }

    /** @param file where the bytes came from, for messages (a zip entry's name will do); may be null */
    public Template decode(byte[] bytes, Path file, TemplateSource source) throws TemplateException {
        try {
            return toModel(VersionedJson.read(bytes, file, TemplateDto.class, FORMAT_VERSION, TemplateDto.MARKER_FIELD),
                    file, source);
        } catch (DraftFileException e) {
            throw TemplateException.of(e);
        }
    }

    public Template read(Path file, TemplateSource source) throws TemplateException {
        try {
            return toModel(VersionedJson.readFile(file, TemplateDto.class, FORMAT_VERSION, TemplateDto.MARKER_FIELD),
                    file, source);
        } catch (DraftFileException e) {
            throw TemplateException.of(e);
        }
    }

    /** Refuses an invalid template before touching the disk. */
    public void write(Path file, Template template) throws TemplateException {
        requireValid(template, file);
        try {
            VersionedJson.writeFile(file, TemplateDto.of(template));
        } catch (DraftFileException e) {
            throw TemplateException.of(e);
        }
    }

    private static Template toModel(TemplateDto dto, Path file, TemplateSource source) throws TemplateException {
        List<String> problems = new ArrayList<>();
        Template template = dto.toModel(source, problems);
        if (template == null) {
            throw invalid(file, problems);
        }
        return requireValid(template, file);
    }

    private static Template requireValid(Template template, Path file) throws TemplateException {
        TemplateValidator.Result result = TemplateValidator.check(template);
        if (!result.isValid()) {
            throw invalid(file, result.errors());
        }
        return template;
    }

    private static TemplateException invalid(Path file, List<String> problems) {
        return new TemplateException(TemplateTexts.get("codec.invalid", TemplateTexts.quotedName(file),
                String.join(TemplateTexts.get("codec.join"), problems)), file, null);
    }
}
