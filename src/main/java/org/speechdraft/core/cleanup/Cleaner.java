package org.speechdraft.core.cleanup;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.speechdraft.core.model.DraftParagraph;

/**
 * 清理: takes the noise out of a speech copied from the web, a PDF or a download site, rule by
 * rule, and tells what each rule removed or changed, for a preview in which rules can be switched
 * off. Rules never remove what reads as the speech's own text; each is tested against such
 * paragraphs. Works on plain lines and on a Word document's paragraphs, whose bold and highlight
 * stay where the text does. Stateless and thread-safe.
 */
public final class Cleaner {

    /**
     * In the order they run: invisible characters and pinyin first, so that the site-chrome rules
     * see plain words; punctuation before spaces, so that "认识, 守初心" loses the space after its
     * now full-width comma.
     */
    private static final List<CleanupRule> RULES = List.of(
            new WhitespaceRule(),
            new PinyinRule(),
            new PaywallRule(),
            new NavigationRule(),
            new CopyrightRule(),
            new SiteInfoRule(),
            new DownloadSiteRule(),
            new PageNumberRule(),
            new TraditionalRule(),
            new BrokenLinesRule(),
            new PunctuationRule(),
            new CjkSpacesRule(),
            new FlattenedRule(),
            new ContentsRule(),
            new DuplicateTitleRule(),
            new BlankLinesRule());

    /** All rules, in the order they run. */
    public static List<RuleInfo> rules() {
        return RULES.stream().map(CleanupRule::info).toList();
    }

    public static Optional<RuleInfo> rule(String id) {
        return rules().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** Cleans the lines of a plain text (pasted or read from a file); blank lines may be among them. */
    public CleanupResult clean(List<String> lines, CleanupOptions options) {
        List<Line> input = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            input.add(Line.plain(lines.get(i), i));
        }
        return run(input, options);
    }

    /** Cleans a document's paragraphs, keeping their character styles where their text is unchanged. */
    public CleanupResult cleanParagraphs(List<DraftParagraph> paragraphs, CleanupOptions options) {
        List<Line> input = new ArrayList<>(paragraphs.size());
        for (int i = 0; i < paragraphs.size(); i++) {
            input.add(new Line(paragraphs.get(i), i));
        }
        return run(input, options);
    }

    private static CleanupResult run(List<Line> input, CleanupOptions options) {
        List<Line> lines = input;
        List<RuleReport> reports = new ArrayList<>(RULES.size());
        for (CleanupRule rule : RULES) {
            RuleInfo info = rule.info();
            if (!options.isEnabled(info)) {
                reports.add(new RuleReport(info, false, List.of()));
                continue;
            }
            ChangeLog log = new ChangeLog();
            lines = rule.apply(lines, log);
            reports.add(new RuleReport(info, true, log.changes()));
        }
        return new CleanupResult(lines.stream().map(Line::paragraph).toList(), new CleanupReport(reports),
                lines.stream().map(Line::origin).toList());
    }
}
