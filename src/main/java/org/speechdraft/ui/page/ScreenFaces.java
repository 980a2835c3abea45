package org.speechdraft.ui.page;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.text.Font;
import org.speechdraft.core.export.FontSpec;
import org.speechdraft.core.model.ParagraphLevel;
import org.speechdraft.ui.editor.EditorFonts;

/**
 * The screen fonts a laid-out page is drawn in: the face the export names when it is installed,
 * else one of its fallbacks, else the editor's choice for the level; Latin letters in Times New
 * Roman or a face with its widths (the layout measured them so).
 */
final class ScreenFaces {

    private static final List<String> TIMES_LIKE = List.of("Times New Roman", "Liberation Serif", "Tinos", "Serif");

    private final Set<String> installed = new HashSet<>(Font.getFamilies());
    private final EditorFonts editorFonts = EditorFonts.detect();

    PageSurface.FontChoice choice(FontSpec spec, boolean latin, ParagraphLevel level, boolean bold) {
        return new PageSurface.FontChoice(latin ? latinFamily(spec) : chineseFamily(spec, level), bold);
    }

    private String chineseFamily(FontSpec spec, ParagraphLevel level) {
        if (installed.contains(spec.eastAsia())) {
            return spec.eastAsia();
        }
        return spec.fallbacks().stream().filter(installed::contains).findFirst()
                .orElseGet(() -> editorFonts.family(level));
    }

    private String latinFamily(FontSpec spec) {
        if (installed.contains(spec.latin())) {
            return spec.latin();
        }
        return TIMES_LIKE.stream().filter(installed::contains).findFirst().orElse("Serif");
    }
}
