package org.speechdraft.core.importing;

import java.util.ArrayList;
import java.util.List;
import org.speechdraft.core.model.ParagraphLevel;

/**
 * A speech of our own in the three-part shape, clean, and as the web, a download site or a PDF
 * would hand it over: with site chrome, a paywall note, page numbers, broken lines and half-width
 * punctuation. For the import, template and command-line tests.
 */
public final class NoisySpeech {

    public static final String TITLE = "在全县农村教育工作会议上的讲话";

    /** The clean speech, one paragraph per line, with each paragraph's level. */
    public static final List<String> CLEAN = List.of(
            TITLE,
            "（2026年3月5日）",
            "同志们：",
            "今天召开全县农村教育工作会议，主要任务是总结去年工作，部署今年任务。下面，我讲三点意见。",
            "一、肯定成绩，正视差距",
            "（一）办学条件明显改善。去年全县投入资金12.5亿元，新建学校16所，改造校舍3.2万平方米。",
            "（二）短板依然突出。乡村学校师资不足，部分学校设施老化，XX个村小需要改造。",
            "二、突出重点，狠抓落实",
            "（一）推进学校标准化建设。今年要完成XX所学校改造，投入资金XX万元。",
            "（二）加强教师队伍建设。要招聘教师XX名，培训教师XXX人次。",
            "三、加强领导，强化保障",
            "（一）落实经费保障。确保教育投入只增不减，教育支出占比达到18%。",
            "（二）压实工作责任。各乡镇要把教育工作摆上重要位置，主要负责同志要亲自抓。",
            "同志们，办好农村教育责任重大。让我们齐心协力，奋力开创全县教育工作新局面！",
            "谢谢大家！");

    public static final List<ParagraphLevel> LEVELS = List.of(
            ParagraphLevel.TITLE, ParagraphLevel.SUBTITLE, ParagraphLevel.SALUTATION, ParagraphLevel.BODY,
            ParagraphLevel.HEADING_1, ParagraphLevel.HEADING_2, ParagraphLevel.HEADING_2,
            ParagraphLevel.HEADING_1, ParagraphLevel.HEADING_2, ParagraphLevel.HEADING_2,
            ParagraphLevel.HEADING_1, ParagraphLevel.HEADING_2, ParagraphLevel.HEADING_2,
            ParagraphLevel.BODY, ParagraphLevel.CLOSING);

    private static final int WIDTH = 32;

    private NoisySpeech() {
    }

    /** As a web page shows it: breadcrumbs, article info, a blurb, the title twice, half-width punctuation, a footer. */
    public static String webPage() {
        List<String> lines = new ArrayList<>(List.of(
                "您的当前位置：范文中心 > 讲话稿 > 教育讲话 >",
                "",
                TITLE,
                "时间：2026-03-06 09:12:45 来源：网友投稿",
                "导读：在全县农村教育工作会议上的讲话同志们：今天召开全县农村教育工作会议……",
                "下面是小编为大家整理的在全县农村教育工作会议上的讲话，供大家参考。",
                ""));
        for (String paragraph : CLEAN) {
            lines.add("\u3000\u3000" + paragraph.replace("，", ",").replace("：", ":").replace("（", "(").replace("）", ")"));
        }
        lines.addAll(List.of(
                "",
                "推荐访问：农村教育 讲话稿",
                "本文链接：https://www.example-fanwen.cn/jianghua/1234.html",
                "相关推荐：",
                "上一篇：在全县春耕生产会议上的讲话",
                "Copyright © 2026 示例范文网 版权所有 备案号：京ICP备12345678号-1"));
        return String.join("\r\n", lines) + "\r\n";
    }

    /** As copied from a PDF: lines wrapped at a fixed width, a page number, spaces around figures. */
    public static String pdf() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < CLEAN.size(); i++) {
            String paragraph = CLEAN.get(i).replace("12.5亿元", "12.5 亿元").replace("16所", "16 所");
            lines.addAll(wrap(paragraph, LEVELS.get(i) == ParagraphLevel.BODY || LEVELS.get(i) == ParagraphLevel.HEADING_2));
            if (i == 6) {
                lines.add("- 2 -");
            }
        }
        return String.join("\n", lines) + "\n";
    }

    /** Paragraphs in lines of 32 columns (a Chinese character takes two), never cutting a run of Latin letters and digits. */
    private static List<String> wrap(String paragraph, boolean wrapped) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (wrapped && columns(paragraph, start, paragraph.length()) > WIDTH) {
            int end = start;
            while (columns(paragraph, start, end + 1) <= WIDTH) {
                end++;
            }
            while (end > start + 1 && isAscii(paragraph.charAt(end - 1)) && isAscii(paragraph.charAt(end))) {
                end--;
            }
            lines.add(paragraph.substring(start, end));
            start = end;
        }
        lines.add(paragraph.substring(start));
        return lines;
    }

    private static int columns(String text, int from, int to) {
        int columns = 0;
        for (int i = from; i < to; i++) {
            columns += isAscii(text.charAt(i)) ? 1 : 2;
        }
        return columns;
    }

    private static boolean isAscii(char c) {
        return c < 0x80;
    }
}
