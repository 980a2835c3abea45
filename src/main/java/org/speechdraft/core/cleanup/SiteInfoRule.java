package org.speechdraft.core.cleanup;

import java.util.List;
import java.util.regex.Pattern;

/**
 * 网站信息: what a site writes about an article rather than the article — "时间:2022-08-23 来源:网友投稿",
 * "发表时间:…", "导读:…" and "摘要:" with the summary that copies the speech's beginning, and
 * blurbs such as "下面是小编为大家整理的…，供大家参考。". A blurb needs a word of the site (小编,
 * 网友, 本站, 范文 …) and a word of the blurb (整理, 分享, 供…参考 …): a leader saying "以上意见，
 * 仅供大家参考。" stays.
 */
final class SiteInfoRule extends LineRemovalRule {

    private static final int MAX_META_LINE = 80;
    /** The words of a blurb broken off onto a line of its own: "希望" / "喜欢。" */
    private static final int MAX_BLURB_TAIL = 10;
    /** How far after a 摘要 label its copy of the speech may stand (chrome such as 展开>> between). */
    private static final int SUMMARY_REACH = 4;
    /** The words a summary must share with the text before it. */
    private static final int SUMMARY_KEY = 20;
    private static final Pattern PUBLISHED = Pattern.compile(
            "^(发表|发布|更新|上传|發表|發布|發佈|上傳)(时间|日期|時間)\\s*[:：]|^(来源|來源|出处|出處)\\s*[:：].{0,40}$");
    private static final Pattern META_LABEL = Pattern.compile(
            "(时间|時間|来源|來源|作者|浏览|瀏覽|阅读|閱讀|点击|點擊|字数|字數|发布|發布|编辑|編輯|栏目|欄目)(次数|量|数)?\\s*[:：]");
    private static final Pattern SUMMARY_LABEL = Pattern.compile("^(导读|導讀|摘要|内容摘要|文章摘要|内容提要|內容提要)\\s*[:：]");
    private static final Pattern SITE_WORD = Pattern.compile("小编|小編|网友|網友|本站|本网|本網|范文|範文|文库|文庫|文档网|文檔網");
    private static final Pattern BLURB_WORD = Pattern.compile(
            "整理|分享|收集|供.{0,3}参考|供.{0,3}參考|参考学习|參考學習|有所帮助|有所幫助|欢迎阅读|歡迎閱讀|欢迎下载|歡迎下載");

    @Override
    public String id() {
        return "site-info";
    }

    @Override
    boolean[] noise(List<String> texts) {
        boolean[] noise = new boolean[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i).strip();
            if (text.isEmpty() || noise[i]) {
                continue;
            }
            if (isMeta(text) || SUMMARY_LABEL.matcher(text).find()) {
                noise[i] = true;
                if (SUMMARY_LABEL.matcher(text).find()) {
                    markSummaryCopy(texts, i, noise);
                }
            } else if (isBlurb(text)) {
                noise[i] = true;
                markBlurbTail(texts, i, text, noise);
            }
        }
        return noise;
    }

    private static boolean isMeta(String text) {
        if (text.length() > MAX_META_LINE) {
            return false;
        }
        return PUBLISHED.matcher(text).find() || META_LABEL.matcher(text).results().limit(2).count() >= 2;
    }

    private static boolean isBlurb(String text) {
        return SITE_WORD.matcher(text).find() && BLURB_WORD.matcher(text).find();
    }

    /** "…希望" + "喜欢。": the rest of a blurb that the page broke onto the next line. */
    private static void markBlurbTail(List<String> texts, int blurb, String text, boolean[] noise) {
        if (CjkChars.endsSentence(CjkChars.last(text))) {
            return;
        }
        int next = Lines.nextNonBlank(texts, blurb + 1);
        if (next >= 0) {
            String tail = texts.get(next).strip();
            if (tail.length() <= MAX_BLURB_TAIL && CjkChars.endsSentence(CjkChars.last(tail))) {
                noise[next] = true;
            }
        }
    }

    /** The site's summary after a bare "摘要:" label: a line that repeats words of the text before it. */
    private static void markSummaryCopy(List<String> texts, int label, boolean[] noise) {
        String before = CjkChars.squeeze(String.join("", texts.subList(0, label)));
        int seen = 0;
        for (int i = label + 1; i < texts.size() && seen < SUMMARY_REACH; i++) {
            String text = CjkChars.squeeze(texts.get(i));
            if (text.isEmpty()) {
                continue;
            }
            seen++;
            if (text.length() >= SUMMARY_KEY && before.contains(text.substring(0, SUMMARY_KEY))) {
                noise[i] = true;
                return;
            }
        }
    }
}
