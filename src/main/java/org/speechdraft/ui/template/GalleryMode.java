package org.speechdraft.ui.template;

/** What the gallery was opened for. */
public enum GalleryMode {
    /** 新建: start a draft from a template, or a blank one. */
    CREATE,
    /** 插入模板章节: pick one level-1 section of a template to insert into the open draft. */
    INSERT
}
