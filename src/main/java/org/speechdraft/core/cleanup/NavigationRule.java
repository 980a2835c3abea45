package org.speechdraft.core.cleanup;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * 网站导航: the lines a web page puts around an article — "您的当前位置：首页 > …" and other
 * breadcrumbs, "推荐访问：", "本文链接：", "相关推荐", "上一篇/下一篇", "打印本页 关闭窗口", "Top",
 * "您好，欢迎访问…". Labels count only at the start of a line followed by a colon or nothing, so
 * "相关文章要及时归档。" stays.
 */
final class NavigationRule extends LineRemovalRule {

    private static final int MAX_BREADCRUMB = 120;
    private static final int MAX_WELCOME = 30;
    private static final Pattern POSITION = Pattern.compile(
            "^(您的|你的)?(当前|當前|所在|现在的|現在的)?(位置|所在位置)\\s*[:：]|^(您|你)现在的位置|^(您|你)現在的位置");
    private static final Pattern LABEL = Pattern.compile(
            "^(推荐访问|推薦訪問|本文链接|本文鏈接|本文地址|本文网址|本文網址|原文链接|原文鏈接|原文地址|链接地址|鏈接地址"
            + "|本文标题|本文標題|相关推荐|相關推薦|相关文章|相關文章|相关阅读|相關閱讀|相关范文|相關範文|热门推荐|熱門推薦"
            + "|热门文章|熱門文章|猜你喜欢|猜你喜歡|文章搜索|延伸阅读|延伸閱讀|上一篇|下一篇|上一篇文章|下一篇文章"
            + "|返回列表|返回首页|返回首頁|返回顶部|返回頂部|分享到|收藏本文|收藏本页)\\s*([:：]|$)");
    private static final Pattern WELCOME = Pattern.compile("^(您好|你好)[,，!！]?\\s*欢迎|^欢迎(访问|光临|來到|来到)[^，。！？,.!?]*$"
            + "|^歡迎(訪問|光臨|來到)[^，。！？,.!?]*$");
    private static final Set<String> WIDGETS = Set.of("top", "顶部", "回到顶部", "返回顶部", "打印本页", "打印本頁", "打印",
            "关闭窗口", "關閉窗口", "关闭", "關閉", "展开>>", "收起<<", "展开", "收起", "展開", "展开全文", "收起全文",
            "加入收藏", "收藏", "分享", "打印此文", "字号：大中小", "字体：大中小", "大", "中", "小", "字号", "字体");
    private static final Pattern BREADCRUMB_SEPARATOR = Pattern.compile(">>|>|＞|»|›|→");

    @Override
    public String id() {
        return "site-navigation";
    }

    @Override
    boolean[] noise(List<String> texts) {
        return each(texts, NavigationRule::isNavigation);
    }

    private static boolean isNavigation(String text) {
        return POSITION.matcher(text).find() || LABEL.matcher(text).find() || isWidgetLine(text)
                || (text.length() <= MAX_WELCOME && WELCOME.matcher(text).find()) || isBreadcrumb(text);
    }

    /** Nothing but widget words: "打印本页 关闭窗口", "【打印】【关闭】", "Top"; a lone 大 or 小 is a word of the text. */
    private static boolean isWidgetLine(String text) {
        String[] words = text.replaceAll("[【】\\[\\]|｜]", " ").strip().split("\\s+");
        if (words[0].isEmpty() || (words.length == 1 && words[0].length() == 1)) {
            return false;
        }
        for (String word : words) {
            if (!WIDGETS.contains(word.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** "首页 > 专题范文 > 公文范文 >": two or more separators between short parts, no sentence. */
    private static boolean isBreadcrumb(String text) {
        if (text.length() > MAX_BREADCRUMB || text.contains("。")) {
            return false;
        }
        String[] parts = BREADCRUMB_SEPARATOR.split(text, -1);
        if (parts.length < 3) {
            return false;
        }
        for (String part : parts) {
            if (part.strip().length() > 30) {
                return false;
            }
        }
        return text.contains("首页") || text.contains("首頁") || text.contains("正文") || parts.length >= 4;
    }
}
