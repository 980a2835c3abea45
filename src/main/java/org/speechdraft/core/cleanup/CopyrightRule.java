package org.speechdraft.core.cleanup;

import java.util.List;
import java.util.regex.Pattern;

/**
 * 版权与备案: a site's footer — "Copyright © 2024 … 版权所有 备案号:晋ICP备17005529号-1", 公网安备,
 * "声明：本网站尊重并保护知识产权…", "转载请注明出处". A speech that talks about 版权 or 备案
 * ("加强版权保护。", "督促企业办理ICP备案。") stays: the marks of a footer are a © sign, an ICP
 * number, a 备案号 label, or 版权所有 in a line that is no sentence.
 */
final class CopyrightRule extends LineRemovalRule {

    private static final int MAX_FOOTER = 200;
    private static final int MAX_REPRINT_NOTE = 40;
    private static final Pattern FOOTER = Pattern.compile(
            "©|(?i:copyright)|ICP[备備證证]\\s*\\d|ICP[备備]案号|公网安备\\s*\\d|公網安備\\s*\\d|[备備]案[号號编編]号?\\s*[:：]");
    private static final Pattern RIGHTS = Pattern.compile("版权所有|版權所有|All Rights Reserved", Pattern.CASE_INSENSITIVE);
    private static final Pattern DISCLAIMER = Pattern.compile("^(免责|免責)?(声明|聲明)\\s*[:：].*(本网|本站|本網|本平台)");
    private static final Pattern REPRINT = Pattern.compile("转载请注明|轉載請註明|如有侵权.{0,10}(联系|删除)|如有侵權.{0,10}(聯繫|刪除)");

    @Override
    public String id() {
        return "copyright";
    }

    @Override
    boolean[] noise(List<String> texts) {
        return each(texts, CopyrightRule::isFooter);
    }

    private static boolean isFooter(String text) {
        if (text.length() > MAX_FOOTER) {
            return false;
        }
        return FOOTER.matcher(text).find()
                || (RIGHTS.matcher(text).find() && !text.contains("。"))
                || DISCLAIMER.matcher(text).find()
                || (text.length() <= MAX_REPRINT_NOTE && REPRINT.matcher(text).find());
    }
}
