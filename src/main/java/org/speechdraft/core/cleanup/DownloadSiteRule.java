package org.speechdraft.core.cleanup;

import java.util.List;
import java.util.regex.Pattern;

/**
 * 文库与范文网站: the header of a document-sharing site — a column of short items such as "VIP专免",
 * "2024-05-29", "999+", "20.56KB", "9 页", "海报", "侵权投诉" — and lines naming such a site
 * ("第一范文网 www.…", "XX文库"). Short items are removed only as a column of at least three
 * with one that only a site writes (a file size, VIP, 999+, 侵权投诉), so a lone date or "海报" in a
 * speech stays; a site name needs a word of such sites (范文, 文库, 文档 …) with 网/站/库, or an address.
 */
final class DownloadSiteRule extends LineRemovalRule {

    private static final int MAX_ITEM = 16;
    private static final int MIN_COLUMN = 3;
    private static final int MAX_SITE_NAME = 30;
    private static final Pattern ITEM = Pattern.compile("(?i)^(vip.*|.*专免|.*專免|\\d+(\\.\\d+)?\\s*[km]b?|\\d+\\s*页|\\d+\\s*頁"
            + "|\\d+\\+|海报|海報|侵权投诉|侵權投訴|举报|舉報|收藏|分享|下载|下載|立即下载|立即下載|打印|评论|評論|原创|原創|免费|免費"
            + "|\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d+\\s*(次)?(浏览|阅读|下载|瀏覽|閱讀|下載)|(浏览|阅读|下载|瀏覽|閱讀|下載)\\s*\\d+"
            + "|docx?|pdf|wps|txt|ppt)$");
    private static final Pattern SITE_ONLY_ITEM = Pattern.compile("(?i)^(vip.*|.*专免|.*專免|\\d+(\\.\\d+)?\\s*[km]b|\\d+\\+|侵权投诉|侵權投訴)$");
    private static final Pattern SITE_NAME = Pattern.compile(
            "(范文|範文|文档|文檔|文秘|公文|文章|资料|資料|写作|寫作|作文|文案)(网|網|站)(?!上|络|絡|建|管|群)"
            + "|(文库|文庫)(?![\\u4e00-\\u9fff])|范文大全|範文大全"
            + "|(?i:www\\.|https?://|\\.com\\b|\\.cn\\b|\\.net\\b|\\.org\\b)");

    @Override
    public String id() {
        return "download-site";
    }

    @Override
    boolean[] noise(List<String> texts) {
        boolean[] noise = each(texts, DownloadSiteRule::isSiteName);
        markColumns(texts, noise);
        return noise;
    }

    private static boolean isSiteName(String text) {
        return text.length() <= MAX_SITE_NAME && SITE_NAME.matcher(text).find()
                && text.chars().noneMatch(c -> c == '。' || c == '，' || c == '；' || c == '！' || c == '？');
    }

    /** Runs of consecutive short banner items (blank lines between them allowed). */
    private static void markColumns(List<String> texts, boolean[] noise) {
        int i = 0;
        while (i < texts.size()) {
            if (!isItem(texts.get(i))) {
                i++;
                continue;
            }
            int end = i;
            int items = 0;
            boolean siteOnly = false;
            for (int k = i; k < texts.size() && (texts.get(k).isBlank() || isItem(texts.get(k))); k++) {
                if (!texts.get(k).isBlank()) {
                    items++;
                    siteOnly |= SITE_ONLY_ITEM.matcher(texts.get(k).strip()).matches();
                    end = k + 1;
                }
            }
            if (items >= MIN_COLUMN && siteOnly) {
                for (int k = i; k < end; k++) {
                    noise[k] |= !texts.get(k).isBlank();
                }
            }
            i = end;
        }
    }

    private static boolean isItem(String text) {
        String item = text.strip();
        return !item.isEmpty() && item.length() <= MAX_ITEM && ITEM.matcher(item).matches();
    }
}
