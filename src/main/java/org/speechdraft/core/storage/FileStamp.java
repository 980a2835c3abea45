package org.speechdraft.core.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/** What a file looked like when we last read or wrote it, to notice changes made by someone else. */
public record FileStamp(long size, long lastModifiedMillis) {

    /** Empty when the file does not exist (or its attributes cannot be read at all). */
    public static Optional<FileStamp> of(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return Optional.of(new FileStamp(attributes.size(), attributes.lastModifiedTime().toMillis()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** False if the file is gone or differs. */
    public boolean matches(Path file) {
        return of(file).filter(this::equals).isPresent();
    }
}
