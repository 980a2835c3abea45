package org.speechdraft.core.template;

import java.util.List;

import org.speechdraft.core.model.ParagraphLevel;

/** Small templates written for the tests. */
final class TemplateFixtures {

    private TemplateFixtures() {
    }

    /** A three-section work-meeting template with a defaulted year, a date and two fields to fill. */
    static Template workMeeting(String id, String name) {
        return new Template(id, name, "工作会议", "测试用的工作会议模板", List.of("测试", "水利"),
                "在{{会议名称}}上的讲话",
                List.of(new TemplateField("日期", FieldKind.DATE, "", "", "{{今天}}"),
                        new TemplateField("会议名称", FieldKind.TEXT, "", "如：全县水利工作会议", ""),
                        new TemplateField("年份", FieldKind.YEAR, "年", "", "{{今年}}"),
                        new TemplateField("投入资金", FieldKind.AMOUNT, "万元", "", "")),
                List.of(TemplateParagraph.of(ParagraphLevel.SUBTITLE, "（{{日期}}）"),
                        TemplateParagraph.of(ParagraphLevel.SALUTATION, "同志们："),
                        TemplateParagraph.sample("今天召开{{会议名称}}。下面，我讲三点意见。"),
                        TemplateParagraph.heading(1, "一、回顾{{年份}}年工作", "讲成绩"),
                        TemplateParagraph.heading(2, "（一）水利建设", "讲项目"),
                        TemplateParagraph.sample("全年投入资金{{投入资金}}万元。"),
                        TemplateParagraph.heading(2, "（二）河道治理", ""),
                        TemplateParagraph.heading(1, "二、部署任务", "讲任务"),
                        TemplateParagraph.sample("要抓好防汛备汛。"),
                        TemplateParagraph.heading(1, "三、强化保障", "讲保障"),
                        TemplateParagraph.sample("要压实责任。"),
                        new TemplateParagraph(ParagraphLevel.CLOSING, "谢谢大家！", "", true)),
                TemplateSource.USER);
    }

    static Template workMeeting() {
        return workMeeting("water-meeting", "水利工作会议讲话");
    }
}
