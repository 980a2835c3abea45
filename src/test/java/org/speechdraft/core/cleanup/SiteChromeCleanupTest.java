package org.speechdraft.core.cleanup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.speechdraft.core.cleanup.Cleaning.BODY;
import static org.speechdraft.core.cleanup.Cleaning.kept;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Site chrome, footers, article info and download-site headers go; sentences that merely mention such things stay. */
class SiteChromeCleanupTest {

    @Test
    void breadcrumbsAndNavigationLabelsGo() {
        assertEquals(List.of(BODY), kept(
                "您的当前位置：范文中心 > 讲话稿 > 教育讲话 >",
                "当前位置:首页 > 工作总结 > 正文",
                "您现在的位置：首页",
                BODY,
                "推荐访问：农村教育 讲话稿 范文",
                "本文链接：https://www.example.cn/jh/1234.html（转载请注明文章来源）",
                "相关推荐：",
                "上一篇：在全县安全生产会议上的讲话",
                "下一篇：在全县春耕生产会议上的讲话",
                "打印本页 关闭窗口",
                "【打印】【关闭】",
                "Top",
                "您好，欢迎访问示例公文网"));
    }

    @Test
    void navigationWordsInsideSentencesStay() {
        List<String> content = List.of(
                "相关文章要及时归档，当前位置偏远的学校要优先保障。",
                "上一篇文章我们谈了作风建设，这次讲讲制度落实。",
                "欢迎访问团的各位同志来我县指导工作！",
                "群众满意度从85%提高到92%，位置排名全市第一。");
        assertEquals(content, kept(content.toArray(String[]::new)));
    }

    @Test
    void copyrightAndRecordFootersGo() {
        assertEquals(List.of(BODY), kept(BODY,
                "Copyright © 2025 示例范文网 版权所有 备案号：京ICP备12345678号-1",
                "版权所有：示例文档网  京公网安备 11010502030000号",
                "声明：本网站尊重并保护知识产权，如有侵权请联系我们删除。",
                "转载请注明出处"));
    }

    @Test
    void talkAboutCopyrightAndFilingStays() {
        List<String> content = List.of(
                "要加强版权保护，严厉打击侵权盗版行为，依法保护版权所有者的合法权益。",
                "督促辖区企业按时办理ICP备案，做好网站备案信息核查。",
                "目录管理要规范，把项目列入目录后再安排资金。");
        assertEquals(content, kept(content.toArray(String[]::new)));
    }

    @Test
    void articleInformationSummariesAndBlurbsGo() {
        assertEquals(List.of("在全县农村教育工作会议上的讲话", BODY), kept(
                "时间：2025-03-02 09:12:45 来源：网友投稿",
                "发表时间：2017/8/27 17:54:03",
                "导读：在全县农村教育工作会议上的讲话同志们：今天召开……",
                "下面是小编为大家整理的在全县农村教育工作会议上的讲话，供大家参考。",
                "在全县农村教育工作会议上的讲话",
                BODY,
                "本站网友为您分享整理的“农村教育讲话”范文资料，以供您参考学习之用，希望",
                "喜欢。"));
    }

    @Test
    void aSummaryThatRepeatsTheBeginningGoesWithItsLabel() {
        String copy = "在全县农村教育工作会议上的讲话同志们：" + BODY.substring(0, 30) + "...";
        assertEquals(List.of("在全县农村教育工作会议上的讲话", "同志们：", BODY), kept(
                "在全县农村教育工作会议上的讲话", "同志们：", BODY, "摘要:", "展开>>", "收起<<", copy));
    }

    @Test
    void aLeaderOfferingHisViewsForReferenceIsNoBlurb() {
        List<String> content = List.of("以上意见，仅供大家参考。", "时间紧、任务重，大家要抓紧。", "来源于基层的经验要及时总结推广。");
        assertEquals(content, kept(content.toArray(String[]::new)));
    }

    @Test
    void aDownloadSiteHeaderColumnGoes() {
        assertEquals(List.of("教育局局长会议讲话", BODY), kept(
                "VIP专免", "2024-05-29", "999+", "20.56KB", "9 页", "海报", "侵权投诉",
                "教育局局长会议讲话", BODY,
                "第一范文网 www.example-fanwen.com",
                "示例文库"));
    }

    @Test
    void shortLinesThatLookLikeBannerItemsStayOnTheirOwn() {
        List<String> content = List.of("海报", "2024-05-29", "加快政府网站建设", "推进公文网上流转", "织密安全防护网");
        assertEquals(content, kept(content.toArray(String[]::new)));
    }
}
