package org.speechdraft.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Hyperlink;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.speechdraft.core.template.TemplateCodec;

/** Template files that cannot be used never keep the gallery from opening. */
class TemplateProblemsWindowTest extends GalleryWindowTest {

    @Override
    void beforeWindowOpens(Path dataFolder) throws Exception {
        Path templates = dataFolder.resolve("templates");
        Files.createDirectories(templates);
        Files.writeString(templates.resolve("坏了.json"), "{\"formatVersion\": 1, \"id\": \"broken\", \"name\": ");
        Files.writeString(templates.resolve("新版本.json"),
                "{\"formatVersion\": 99, \"id\": \"future\", \"name\": \"未来的模板\", \"outline\": []}");
        new TemplateCodec().write(templates.resolve("water.json"), template("water-meeting", "水利工作会议讲话"));
    }

    @Test
    void aDamagedAndANewerTemplateFileAreReportedAndTheOthersShow() {
        push(KeyCode.CONTROL, KeyCode.N);

        String notice = labelText("galleryProblems");
        assertTrue(lookup("#galleryProblemsBar").query().isVisible(), "a notice line");
        assertTrue(notice.contains("2") && notice.contains("坏了.json") && notice.contains("新版本.json"), notice);
        assertEquals(13, galleryEntries().size(), "the 12 built-in templates and the good one of the user's");
        clickOn("#gallerySearch").write("水利");
        assertEquals(List.of("水利工作会议讲话"), galleryNames());

        later(() -> lookup("#galleryProblemsDetails").queryAs(Hyperlink.class).fire());
        String details = alertPane().getContentText();
        assertTrue(details.contains("坏了.json") && details.contains("新版本.json") && details.contains("99"), details);
        clickOn(alertPane().lookupButton(ButtonType.OK));
        clickOn("#galleryChoose");
        assertEquals("一、抓好工程建设", paragraphs().get(1).text(), "the good template is usable");
    }
}
