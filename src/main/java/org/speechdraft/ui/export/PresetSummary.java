package org.speechdraft.ui.export;

import org.speechdraft.core.export.ExportPreset;
import org.speechdraft.core.export.LineSpacing;
import org.speechdraft.core.export.PageSetup;
import org.speechdraft.core.export.ParagraphFormat;
import org.speechdraft.core.export.TypeSizes;
import org.speechdraft.core.model.ParagraphLevel;
import org.speechdraft.ui.UiText;

/** A preset in one or two sentences, as the export dialog shows it under the preset's name. */
final class PresetSummary {

    private PresetSummary() {
    }

    /** "A4，页边距上37 下35 左28 右26 毫米；标题 方正小标宋简体 二号；正文 仿宋_GB2312 三号；每页22行、每行28字。" */
    static String describe(ExportPreset preset) {
        PageSetup page = preset.page();
        ParagraphFormat title = preset.format(ParagraphLevel.TITLE);
        ParagraphFormat body = preset.format(ParagraphLevel.BODY);
        String layout = preset.grid().isSet()
                ? UiText.get("export.summary.grid", preset.grid().linesPerPage(), preset.grid().charsPerLine())
                : preset.lineSpacing().rule() == LineSpacing.Rule.MULTIPLE
                        ? UiText.get("export.summary.multiple", number(preset.lineSpacing().value()))
                        : UiText.get("export.summary.exact", number(preset.lineSpacing().value()));
        return UiText.get("export.summary", number(page.topMm()), number(page.bottomMm()), number(page.leftMm()),
                number(page.rightMm()), title.font().eastAsia(), TypeSizes.describe(title.sizePt()),
                body.font().eastAsia(), TypeSizes.describe(body.sizePt()), layout);
    }

    static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
