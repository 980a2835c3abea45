package org.speechdraft.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.storage.DraftCodec;
import org.speechdraft.core.storage.DraftFileException;

/** {@code text FILE}: the plain text of a draft, one paragraph per line, e.g. for grep or diff. */
final class TextCommand implements CliCommand {

    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private final DraftCodec codec = new DraftCodec();

    @Override
    public List<String> names() {
        return List.of("text");
    }

    @Override
    public String arguments() {
        return CliTexts.get("command.text.arguments");
    }

    @Override
    public String description() {
        return CliTexts.get("command.text.description");
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() != 1) {
            return CliTexts.error(err, CliTexts.get("command.text.wrongArguments", arguments()), ExitCode.USAGE);
        }
        String fileName = args.get(0);
        // Read everything before printing, so that a bad file leaves stdout empty.
        List<String> lines;
        try {
            Path file = Path.of(fileName);
            lines = isPlainText(file) ? readUtf8Lines(file) : readDraftParagraphs(file);
        } catch (InvalidPathException e) {
            return CliTexts.error(err, CliTexts.get("file.invalidPath", fileName), ExitCode.FAILURE);
        } catch (DraftFileException e) {
            return CliTexts.error(err, e.getMessage(), ExitCode.FAILURE);
        } catch (IOException e) {
            return CliTexts.error(err, describe(e, fileName), ExitCode.FAILURE);
        }
        lines.forEach(out::println);
        return ExitCode.SUCCESS;
    }

    private static boolean isPlainText(Path file) {
        return file.getFileName() != null
                && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt");
    }

    private List<String> readDraftParagraphs(Path file) throws DraftFileException {
        return codec.read(file).paragraphs().stream().map(DraftParagraph::text).toList();
    }

    private static List<String> readUtf8Lines(Path file) throws IOException {
        // Strict decoding: a GBK file would otherwise print as mojibake instead of saying what is wrong.
        String text = StandardCharsets.UTF_8.newDecoder()
                .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                .toString();
        if (text.startsWith(BYTE_ORDER_MARK)) {
            text = text.substring(BYTE_ORDER_MARK.length());
        }
        return text.lines().toList();
    }

    private static String describe(IOException e, String fileName) {
        String key;
        if (e instanceof NoSuchFileException) {
            key = "file.notFound";
        } else if (e instanceof AccessDeniedException) {
            key = "file.accessDenied";
        } else if (e instanceof CharacterCodingException) {
            key = "file.notUtf8";
        } else {
            key = "file.unreadable";
        }
        return CliTexts.get(key, fileName);
    }
}
