package org.speechdraft.core.cleanup;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.speechdraft.core.model.RunEdits;

/**
 * 付费与截断提示: what pay sites put where they cut the text — "隐藏内容 / 此处内容需要权限查看",
 * member privileges, "……(…省略626字,正式会员可完整阅读)……", "(未完,全文共3480字,当前仅显示1758字…",
 * "试读结束", "下载全文". A note inside a line is cut out and the text around it stays; a line that
 * held nothing else goes. Whole-line notes are short: a sentence that mentions 下载全文 stays.
 */
final class PaywallRule extends TextEditRule {

    private static final int MAX_NOTE_LINE = 40;
    private static final String OMITTED = "\\s*[.…·]*\\s*[（(][^（）()]{0,80}?省略\\s*\\d+\\s*字[^（）()]{0,60}[)）]\\s*[.…·]*\\s*";
    /** "(未完,全文共N字,当前仅显示M字,请阅读下面提示信息。收藏《…》": the rest of the line is the site's. */
    private static final String UNFINISHED = "\\s*[.…·]*\\s*[（(]\\s*未完\\s*[,，、].*$";
    private static final Pattern INLINE = Pattern.compile(OMITTED + "|" + UNFINISHED);
    private static final Pattern NOTE_LINE = Pattern.compile(
            "^(隐藏内容|隱藏內容|会员免费查看|會員免費查看|试读结束|试读已结束|試讀結束|付费阅读|付費閱讀)[。.!！]?$"
            + "|此处内容需要.{0,6}(查看|阅读)|此處內容需要.{0,6}(查看|閱讀)"
            + "|用户特权\\s*[:：]|用戶特權\\s*[:：]|(会员|會員)(专享|專享|可完整阅读|可完整閱讀)"
            + "|^(点击|點擊)?(下载全文|下載全文|全文下载|全文下載|阅读全文|閱讀全文|查看全文|展开全文|展開全文)"
            + "|剩余\\s*\\d+\\s*字|剩餘\\s*\\d+\\s*字|全文共\\s*\\d+\\s*字"
            + "|^(登录|登陆|登錄|购买|購買|付费|付費|开通会员|開通會員)(后|後)?(即可|可)?(查看|阅读|閱讀|下载|下載)"
            + "(全文|完整内容|完整內容|全部内容)?[。.!！]?$");

    @Override
    public String id() {
        return "paywall";
    }

    @Override
    boolean removesEmptiedLines() {
        return true;
    }

    @Override
    LineEditor editorFor(List<String> texts) {
        return PaywallRule::edits;
    }

    private static List<RunEdits.Edit> edits(String text) {
        String stripped = text.strip();
        if (!stripped.isEmpty() && stripped.length() <= MAX_NOTE_LINE && NOTE_LINE.matcher(stripped).find()) {
            return List.of(new RunEdits.Edit(0, text.length(), ""));
        }
        List<RunEdits.Edit> edits = new ArrayList<>();
        Matcher m = INLINE.matcher(text);
        while (m.find()) {
            edits.add(new RunEdits.Edit(m.start(), m.end(), ""));
        }
        return edits;
    }
}
