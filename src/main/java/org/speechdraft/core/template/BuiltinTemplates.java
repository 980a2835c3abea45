package org.speechdraft.core.template;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.speechdraft.core.storage.DraftFileException;
import org.speechdraft.core.storage.VersionedJson;

/**
 * The templates shipped with the app, in the class path's {@code /templates/} folder (the
 * project's top-level {@code templates/}). A jar cannot be listed, so {@code index.json} names the
 * files: {"formatVersion": 1, "templates": ["work-meeting-three-part.json", …]}; a test keeps the
 * index and the folder in step.
 */
final class BuiltinTemplates {

    static final String FOLDER = "/templates/";
    static final String INDEX = "index.json";
    private static final int INDEX_VERSION = 1;

    private BuiltinTemplates() {
    }

    /** Every indexed template that loads; the others are reported (a packaging bug, but never fatal). */
    static List<Template> load(TemplateCodec codec, List<LibraryProblem> problems) {
        List<Template> templates = new ArrayList<>();
        List<String> files;
        try {
            files = indexedFiles();
        } catch (TemplateException e) {
            problems.add(new LibraryProblem(INDEX, e.getMessage()));
            return templates;
        }
        for (String name : files) {
            try {
                templates.add(codec.decode(resource(name), Path.of(name), TemplateSource.BUILTIN));
            } catch (TemplateException e) {
                problems.add(new LibraryProblem(name, e.getMessage()));
            }
        }
        return templates;
    }

    /** The file names the index lists, in its order. */
    static List<String> indexedFiles() throws TemplateException {
        try {
            IndexDto index = VersionedJson.read(resource(INDEX), Path.of(INDEX), IndexDto.class, INDEX_VERSION,
                    "templates");
            return index.templates() == null ? List.of() : index.templates();
        } catch (DraftFileException e) {
            throw TemplateException.of(e);
        }
    }

    private static byte[] resource(String name) throws TemplateException {
        try (InputStream in = BuiltinTemplates.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new TemplateException(TemplateTexts.get("library.builtinMissing", name), Path.of(name), null);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new TemplateException(TemplateTexts.get("library.builtinMissing", name), Path.of(name), e);
        }
    }

    private record IndexDto(int formatVersion, List<String> templates) {
    }
}
