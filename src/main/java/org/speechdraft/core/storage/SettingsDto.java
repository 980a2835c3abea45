package org.speechdraft.core.storage;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * settings.json, version 1. Paths are stored as plain strings, readable and editable by hand. A
 * field added later (sharedTemplates, userName) is simply missing from older files and reads as null.
 */
record SettingsDto(int formatVersion, WindowDto window, List<String> recentFiles, String lastDirectory,
                   String sharedTemplates, String userName) {

    static final int FORMAT_VERSION = 1;

    static SettingsDto of(Settings settings) {
        return new SettingsDto(FORMAT_VERSION, WindowDto.of(settings.window()),
                settings.recentFiles().stream().map(Path::toString).toList(),
                nameOf(settings.lastDirectory()), nameOf(settings.sharedTemplates()), settings.userName());
    }

    /** Forgiving: a value that makes no sense is dropped on its own instead of losing all settings. */
    Settings toSettings() {
        List<Path> recent = new ArrayList<>();
        if (recentFiles != null) {
            recentFiles.forEach(name -> pathFrom(name).ifPresent(recent::add));
        }
        WindowBounds bounds = window == null ? null : window.toModel();
        return new Settings(bounds != null && bounds.isUsable() ? bounds : null, recent,
                pathFrom(lastDirectory).orElse(null), pathFrom(sharedTemplates).orElse(null), userName);
    }

    private static String nameOf(Path path) {
        return path == null ? null : path.toString();
    }

    private static Optional<Path> pathFrom(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(name));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    record WindowDto(double x, double y, double width, double height, boolean maximized) {

        static WindowDto of(WindowBounds bounds) {
            return bounds == null ? null
                    : new WindowDto(bounds.x(), bounds.y(), bounds.width(), bounds.height(), bounds.maximized());
        }

        WindowBounds toModel() {
            return new WindowBounds(x, y, width, height, maximized);
        }
    }
}
