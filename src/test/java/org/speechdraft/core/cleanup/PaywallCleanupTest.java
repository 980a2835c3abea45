package org.speechdraft.core.cleanup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.speechdraft.core.cleanup.Cleaning.BODY;
import static org.speechdraft.core.cleanup.Cleaning.kept;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Pay-site notes go, the text around them stays; sentences about downloading or members stay. */
class PaywallCleanupTest {

    @Test
    void hiddenContentBlocksGo() {
        assertEquals(List.of(BODY, "（三）工作要到时，就是要提高效率抓落实。"), kept(
                BODY, "隐藏内容", "", "此处内容需要权限查看", "",
                "  • 普通用户特权：8.8积分", "  • 会员用户特权：免费", "会员免费查看",
                "（三）工作要到时，就是要提高效率抓落实。"));
    }

    @Test
    void omissionNotesInsideTheTextAreCutOut() {
        assertEquals(List.of("近年来，全县教育投入逐年加大，教师", "队伍结构进一步优化。"), kept(
                "近年来，全县教育投入逐年加大，教师",
                "……(示例文秘网http://www.example.cn省略626字,正式会员可完整阅读)…… ",
                "队伍结构进一步优化。"));
    }

    @Test
    void truncationNotesEndTheTextThere() {
        assertEquals(List.of("要科学划定学区范围，实行划片入学。"), kept(
                "要科学划定学区范围，实行划片入学。 ……(未完,全文共3480字,当前仅显示1758字,请阅读下面提示信息。收藏《讲话》"));
        assertEquals(List.of(BODY), kept(BODY, "试读结束", "下载全文", "登录后查看全文"));
    }

    @Test
    void sentencesAboutDownloadsAndMembersStay() {
        List<String> content = List.of(
                "群众可以登录政务网站下载全文，也可以到窗口领取纸质版。",
                "要落实积分落户政策，让新市民享有同等待遇。",
                "各支部要组织党员会员开展志愿服务，隐藏内容的做法要坚决纠正。");
        assertEquals(content, kept(content.toArray(String[]::new)));
    }
}
