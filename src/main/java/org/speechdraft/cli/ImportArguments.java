package org.speechdraft.cli;

import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.speechdraft.core.cleanup.Cleaner;
import org.speechdraft.core.cleanup.CleanupOptions;
import org.speechdraft.core.cleanup.CleanupReport;
import org.speechdraft.core.cleanup.RuleInfo;
import org.speechdraft.core.cleanup.RuleReport;
import org.speechdraft.core.importing.SourceDocument;
import org.speechdraft.core.importing.SourceKind;
import org.speechdraft.core.text.TextFiles;

/**
 * The options that {@code clean}, {@code import} and {@code extract-template} share:
 * {@code --encoding NAME} (read a text file in this encoding instead of detecting it),
 * {@code --no RULE} and {@code --with RULE} (switch clean-up rules off or on; repeatable, or
 * comma-separated), and how their effect is reported on stderr.
 *
 * @param encoding null to detect
 */
record ImportArguments(Charset encoding, CleanupOptions cleanup) {

    static final String ENCODING = "--encoding";
    static final String NO = "--no";
    static final String WITH = "--with";
    static final Set<String> VALUED = Set.of(ENCODING, NO, WITH);

    /** The options of {@code call}; null after a usage error on stderr. */
    static ImportArguments of(FileArguments call, PrintStream err) {
        Charset encoding = null;
        if (call.value(ENCODING).isPresent()) {
            String name = call.value(ENCODING).get();
            try {
                encoding = Charset.forName(name);
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                CliTexts.error(err, CliTexts.get("import.unknownEncoding", name, encodingList()), ExitCode.USAGE);
                return null;
            }
        }
        CleanupOptions options = CleanupOptions.DEFAULTS;
        for (String option : List.of(NO, WITH)) {
            for (String id : ruleIds(call.values(option))) {
                if (Cleaner.rule(id).isEmpty()) {
                    CliTexts.error(err, CliTexts.get("import.unknownRule", id, ruleList()), ExitCode.USAGE);
                    return null;
                }
                options = option.equals(NO) ? options.without(id) : options.with(id);
            }
        }
        return new ImportArguments(encoding, options);
    }

    private static List<String> ruleIds(List<String> given) {
        return given.stream().flatMap(value -> List.of(value.split("[,，]")).stream()).map(String::strip)
                .filter(id -> !id.isEmpty()).toList();
    }

    /** On stderr: the encoding a text file was read in, and one line for each rule that changed something. */
    static void report(SourceDocument source, CleanupReport report, PrintStream err) {
        if (source.kind() == SourceKind.TEXT) {
            err.println(CliTexts.get("import.encoding", source.encoding().name()));
        }
        for (RuleReport rule : report.effective()) {
            err.println(CliTexts.get("import.ruleSummary", rule.rule().name(), rule.rule().id(), rule.summary()));
        }
    }

    static String ruleList() {
        return Cleaner.rules().stream().map(RuleInfo::id).collect(Collectors.joining(CliTexts.get("list.separator")));
    }

    private static String encodingList() {
        return TextFiles.commonEncodings().stream().map(Charset::name).collect(Collectors.joining(CliTexts.get("list.separator")))
                + CliTexts.get("list.separator") + "GBK";
    }
}
