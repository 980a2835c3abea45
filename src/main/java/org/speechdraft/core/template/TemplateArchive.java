package org.speechdraft.core.template;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.speechdraft.core.storage.IoProblem;

/**
 * Template files for sharing: one template as a .json file, several as a .zip of them. Reading a
 * zip from someone else is guarded: at most {@value #MAX_ENTRIES} entries and
 * {@value #MAX_TOTAL_BYTES} bytes unpacked (counted while unpacking, not trusted from the
 * headers), entry names with ".." or an absolute path are refused, only .json entries are taken.
 */
final class TemplateArchive {

    static final int MAX_ENTRIES = 500;
    static final long MAX_TOTAL_BYTES = 20L * 1024 * 1024;
    /** A template file or a zip of them larger than this is not what we wrote. */
    static final long MAX_FILE_BYTES = 20L * 1024 * 1024;
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final Charset OLD_WINDOWS_NAMES = Charset.forName("GB18030");

    /** A file to import: its name as given (a zip entry's path) and its bytes. */
    record Entry(String name, byte[] bytes) {
    }

    private TemplateArchive() {
    }

    /** A zip with one {@code <id>.json} per template. */
    static byte[] zip(List<Template> templates, TemplateCodec codec) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Template template : templates) {
                zip.putNextEntry(new ZipEntry(template.id() + TemplateCodec.EXTENSION));
                zip.write(codec.encode(template));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    /**
     * The template files in {@code file}: itself, or the .json entries of a zip (recognised by its
     * content, whatever its name). Unsafe entry names are reported in {@code problems} and left out.
     *
     * @throws TemplateException the file cannot be read, is too large, or is a damaged or oversized zip
     */
    static List<Entry> read(Path file, List<LibraryProblem> problems) throws TemplateException {
        String name = TemplateFolder.fileName(file);
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw refused("import.tooLarge", name);
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new TemplateException(TemplateTexts.get("import.unreadable", name, IoProblem.describe(e)), file, e);
        }
        if (!isZip(bytes)) {
            return List.of(new Entry(name, bytes));
        }
        List<LibraryProblem> found = new ArrayList<>();
        List<Entry> entries;
        try {
            entries = unzip(bytes, name, StandardCharsets.UTF_8, found);
        } catch (IllegalArgumentException e) {
            // entry names not in UTF-8: a zip made by an older Chinese Windows tool
            found.clear();
            entries = unzip(bytes, name, OLD_WINDOWS_NAMES, found);
        }
        problems.addAll(found);
        return entries;
    }

    /** A path for messages about an entry: its file name, or null if the OS cannot make one of it. */
    static Path messagePath(String entryName) {
        try {
            return Path.of(baseName(entryName));
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private static boolean isZip(byte[] bytes) {
        if (bytes.length < ZIP_MAGIC.length) {
            return false;
        }
        for (int i = 0; i < ZIP_MAGIC.length; i++) {
            if (bytes[i] != ZIP_MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    private static List<Entry> unzip(byte[] bytes, String zipName, Charset names, List<LibraryProblem> problems)
            throws TemplateException {
        List<Entry> entries = new ArrayList<>();
        int count = 0;
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes), names)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++count > MAX_ENTRIES) {
                    throw refused("import.tooManyEntries", zipName, String.valueOf(MAX_ENTRIES));
                }
                String entryName = entry.getName();
                if (!isSafe(entryName)) {
                    problems.add(new LibraryProblem(entryName, TemplateTexts.get("import.unsafeName", entryName)));
                    continue;
                }
                if (entry.isDirectory() || !isTemplateEntry(entryName)) {
                    continue;
                }
                byte[] content = readLimited(zip, MAX_TOTAL_BYTES - total);
                if (content == null) {
                    throw refused("import.tooLargeUnpacked", zipName, String.valueOf(MAX_TOTAL_BYTES / (1024 * 1024)));
                }
                total += content.length;
                entries.add(new Entry(entryName, content));
            }
        } catch (IOException e) {
            throw new TemplateException(TemplateTexts.get("import.badZip", zipName), null, e);
        }
        if (count == 0) { // it starts like a zip, yet not one entry could be read: cut short
            throw TemplateException.refused(TemplateTexts.get("import.badZip", zipName));
        }
        if (entries.isEmpty() && problems.isEmpty()) {
            problems.add(new LibraryProblem(zipName, TemplateTexts.get("import.emptyZip", zipName)));
        }
        return entries;
    }

    /** The rest of the current entry, or null if it is longer than {@code limit}. */
    private static byte[] readLimited(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            if (out.size() + (long) n > limit) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** Not absolute (/x, \x, C:x) and no ".." step, whichever slash the zip uses. */
    private static boolean isSafe(String entryName) {
        if (entryName.startsWith("/") || entryName.startsWith("\\") || entryName.matches("^[A-Za-z]:.*")) {
            return false;
        }
        for (String step : entryName.split("[/\\\\]")) {
            if (step.equals("..")) {
                return false;
            }
        }
        return true;
    }

    /** .json files, but not the resource-fork copies macOS puts into zips (__MACOSX/, ._name.json). */
    private static boolean isTemplateEntry(String entryName) {
        String lower = entryName.toLowerCase(Locale.ROOT);
        return lower.endsWith(TemplateCodec.EXTENSION) && !lower.startsWith("__macosx/")
                && !baseName(lower).startsWith("._");
    }

    /** The part after the last slash of either kind. */
    private static String baseName(String entryName) {
        return entryName.substring(Math.max(entryName.lastIndexOf('/'), entryName.lastIndexOf('\\')) + 1);
    }

    private static TemplateException refused(String key, Object... args) {
        return TemplateException.refused(TemplateTexts.get(key, args));
    }
}
