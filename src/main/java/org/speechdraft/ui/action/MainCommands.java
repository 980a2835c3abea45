package org.speechdraft.ui.action;

import org.speechdraft.core.model.ParagraphLevel;

/** What the main window can be asked to do; implemented by its controller. */
public interface MainCommands {
    void newDraft();
    void open();
    void save();
    void saveAs();
    void exportDocx();
    void exportText();
    void exportRevisions();
    void togglePageView();
    void print();
    void editMeta();
    void exit();
    void undo();
    void redo();
    void cut();
    void copy();
    void paste();
    void selectAll();
    void insertPhrase();
    void find();
    void replace();
    void bold();
    void highlight();
    void setLevel(ParagraphLevel level);
    void about();
    void sectionUp();
    void sectionDown();
    void sectionPromote();
    void sectionDemote();
    void renumber();
    // 模板库
    void insertTemplateSection();
    void saveAsTemplate();
    // 快照与比较
    void takeSnapshot();
    void showSnapshots();
    // 导入与清理
    void cleanText();
    void extractTemplate();
    // 审阅
    void newComment();
    void reviewRevisions();
    void compareWithFile();
    void editUserName();
}
