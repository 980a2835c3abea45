package org.speechdraft.ui.dialog;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The application version, from the filtered version.properties the CLI also reads. */
public final class AppVersion {

    private AppVersion() {
    }

    public static String get() {
        Properties p = new Properties();
        try (InputStream in = AppVersion.class.getResourceAsStream("/org/speechdraft/cli/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // fall through to the development label
        }
        String v = p.getProperty("version", "");
        return v.isEmpty() || v.startsWith("${") ? "开发版" : v;
    }
}
