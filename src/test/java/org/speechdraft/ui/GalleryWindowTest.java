package org.speechdraft.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import org.speechdraft.core.template.FieldKind;
import org.speechdraft.core.template.Template;
import org.speechdraft.core.template.TemplateEntry;
import org.speechdraft.core.template.TemplateField;
import org.speechdraft.core.template.TemplateParagraph;
import org.speechdraft.core.template.TemplateSource;
import org.speechdraft.ui.template.OutlineRow;

/** The main window with what the template gallery's tests look at. */
abstract class GalleryWindowTest extends WindowTest {

    /** A small valid template, as a colleague might have written it. */
    static Template template(String id, String name) {
        return new Template(id, name, "专题会议", "", List.of(), "在{{会议名称}}上的讲话",
                List.of(new TemplateField("会议名称", FieldKind.TEXT, "", "", "")),
                List.of(TemplateParagraph.heading(1, "一、抓好工程建设", "讲项目"), TemplateParagraph.sample("要加快进度。")),
                TemplateSource.USER);
    }

    String textOf(String query) {
        return lookup(query).queryTextInputControl().getText();
    }

    @SuppressWarnings("unchecked")
    ListView<TemplateEntry> galleryList() {
        return lookup("#galleryTemplates").queryAs(ListView.class);
    }

    List<TemplateEntry> galleryEntries() {
        return galleryList().getItems();
    }

    List<String> galleryNames() {
        return galleryEntries().stream().map(e -> e.template().name()).toList();
    }

    List<String> selectedNames() {
        return galleryList().getSelectionModel().getSelectedItems().stream().map(e -> e.template().name()).toList();
    }

    @SuppressWarnings("unchecked")
    ListView<OutlineRow> outlineList() {
        return lookup("#galleryOutline").queryAs(ListView.class);
    }

    List<String> outlineHeadings() {
        return outlineList().getItems().stream().map(r -> r.section().heading()).toList();
    }

    /** The heading's line in the preview, scrolled into view. */
    Node outlineHeading(String heading) {
        List<String> headings = outlineHeadings();
        assertTrue(headings.contains(heading), heading + " is not in " + headings);
        interact(() -> outlineList().scrollTo(headings.indexOf(heading)));
        return lookup("#galleryOutline .label").match(n -> n instanceof Label l && l.getText().equals(heading)).query();
    }

    @SuppressWarnings("unchecked")
    List<String> fieldNames() {
        List<TemplateField> fields = lookup("#galleryFields").queryAs(ListView.class).getItems();
        return fields.stream().map(TemplateField::name).toList();
    }

    Node categoryCell(String text) {
        return lookup("#galleryCategories .list-cell").match(n -> n instanceof ListCell<?> c && text.equals(c.getText()))
                .query();
    }

    /** Whether the 管理 menu's item with this text is disabled. */
    boolean menuItemDisabled(String text) {
        return lookup("#galleryManage").queryAs(MenuButton.class).getItems().stream()
                .filter(item -> text.equals(item.getText())).findFirst().orElseThrow().isDisable();
    }

    /** The alert shown over the gallery. */
    DialogPane alertPane() {
        return lookup(".dialog-pane").match(n -> !"galleryPane".equals(n.getId())).queryAs(DialogPane.class);
    }
}
