package org.speechdraft.ui.template;

import org.speechdraft.core.template.Template;

/** What the user chose in the gallery (nothing at all is an empty Optional). */
public sealed interface GalleryChoice {

    /** 空白讲话稿. */
    record Blank() implements GalleryChoice {
    }

    /** 创建: a new draft from {@code template}. */
    record Create(Template template) implements GalleryChoice {
    }

    /** 插入此章节: level-1 section {@code sectionIndex} of {@code template} (see {@code Template.sections()}). */
    record InsertSection(Template template, int sectionIndex) implements GalleryChoice {
    }
}
