package org.speechdraft.core.outline;

import java.util.List;

/**
 * The speech's title in plain text: the first line before the speech begins that reads like one —
 * it names the occasion (讲话, 讲话提纲, 致辞, 发言, 在…会上) or, short and without a full stop,
 * opens the text and is followed by the speech. Site chrome (当前位置 … >, 时间:, 来源:) is passed
 * over; a title run into "同志们：" on a flattened line ends there.
 */
final class TitleFinder {

    private static final int MAX_LINES = 15;
    private static final int MAX_TITLE = 60;
    private static final int MAX_PLAIN_TITLE = 30;
    private static final int MIN_BODY_LINE = 40;
    private static final String[] OCCASION_WORDS = {"讲话", "講話", "讲稿", "講稿", "致辞", "致辭", "发言", "發言",
        "报告", "報告", "会上", "會上", "提纲", "提綱"};
    private static final String[] CHROME_STARTS = {"导读", "導讀", "摘要", "时间", "時間", "来源", "來源", "发表", "發表",
        "发布", "發布", "本文", "作者", "浏览", "瀏覽", "阅读", "閱讀"};
    private static final String[] CHROME_WORDS = {">", "位置", "欢迎", "歡迎", "首页", "首頁"};

    private TitleFinder() {
    }

    /**
     * @param endParagraph where the speech's first heading stands (the search stops there)
     * @param endOffset    the heading's offset in that paragraph
     */
    static String find(List<String> lines, int endParagraph, int endOffset) {
        String fallback = null;
        boolean first = true;
        int seen = 0;
        for (int i = 0; i < lines.size() && i <= endParagraph && seen < MAX_LINES; i++) {
            String line = lines.get(i);
            int to = i == endParagraph ? Math.min(endOffset, line.length()) : line.length();
            String text = line.substring(Math.min(LineScanner.contentStart(line), to), to).strip();
            if (text.isEmpty()) {
                continue;
            }
            seen++;
            if (Salutation.opens(text)) {
                break;
            }
            if (isChrome(text)) {
                continue;
            }
            String candidate = beforeSalutation(text);
            if (namesAnOccasion(candidate)) {
                return candidate;
            }
            if (first && isPlainTitle(candidate) && followedBySpeech(lines, i + 1)) {
                fallback = candidate;
            }
            first = false;
        }
        return fallback;
    }

    private static String beforeSalutation(String text) {
        int salutation = Salutation.indexIn(text);
        String head = salutation > 0 ? text.substring(0, salutation) : text;
        head = head.strip();
        while (head.endsWith("：") || head.endsWith(":")) {
            head = head.substring(0, head.length() - 1).strip();
        }
        return head;
    }

    private static boolean namesAnOccasion(String candidate) {
        String plain = Pinyin.strip(candidate);
        if (plain.length() > MAX_TITLE || plain.indexOf('。') >= 0 || MarkerParser.parse(plain, 0) != null) {
            return false;
        }
        for (String word : OCCASION_WORDS) {
            if (plain.contains(word)) {
                return true;
            }
        }
        // 在全县经济工作会议上（的讲话）
        return plain.startsWith("在") && (plain.contains("会议上") || plain.contains("會議上"));
    }

    private static boolean isPlainTitle(String candidate) {
        return candidate.length() <= MAX_PLAIN_TITLE && MarkerParser.parse(candidate, 0) == null
                && candidate.chars().noneMatch(c -> Chars.isSentenceStop((char) c) || c == '，' || c == ',');
    }

    /** The next non-blank line is the salutation, a date line "（2026年1月8日）" or a paragraph. */
    private static boolean followedBySpeech(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            String next = lines.get(i).strip();
            if (!next.isEmpty()) {
                return Salutation.opens(next) || next.startsWith("（") || next.startsWith("(")
                        || next.length() >= MIN_BODY_LINE;
            }
        }
        return false;
    }

    private static boolean isChrome(String text) {
        for (String start : CHROME_STARTS) {
            if (text.startsWith(start)) {
                return true;
            }
        }
        for (String word : CHROME_WORDS) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
