package org.speechdraft.core.cleanup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** After a paste the editor offers the clean-up only when the text brought web or PDF noise along. */
class PastedNoiseTest {

    private final PastedNoise check = new PastedNoise();

    @Test
    void aParagraphFromAWebPageWithPinyinAndAFooterIsOfferedForCleaning() {
        String pasted = "\u3000\u3000同志们，今年全市經(jīng)济运行稳中有进。\r\n"
                + "\r\n"
                + "推荐访问：工作讲话 会议讲话\r\n"
                + "Copyright © 2026 某某范文网 版权所有\r\n";

        PastedNoise.Offer offer = check.check(pasted).orElseThrow();

        assertEquals(List.of("同志们，今年全市經济运行稳中有进。"), offer.paragraphs());
        assertEquals(3, offer.noise(), "the pinyin, the navigation line and the copyright line");
        assertTrue(offer.rules().contains("拼音注音"), offer.rules().toString());
    }

    @Test
    void textFromWordWithIndentsAndBlankLinesIsNotNoise() {
        String pasted = "\u3000\u3000一、提高认识，压实责任\r\n\r\n\u3000\u3000各单位要把安全生产摆在突出位置。\r\n";
        assertEquals(Optional.empty(), check.check(pasted));
        assertEquals(Optional.empty(), check.check("  \n"));
    }

    @Test
    void linesBrokenInsideASentenceByAPdfAreNoise() {
        String pasted = "今年以来，我们坚持稳中求进工作总基调，全力以赴抓项目、\n促投资、优环境，经济运行总体平稳。\n- 3 -\n";
        PastedNoise.Offer offer = check.check(pasted).orElseThrow();
        assertEquals(List.of("今年以来，我们坚持稳中求进工作总基调，全力以赴抓项目、促投资、优环境，经济运行总体平稳。"),
                offer.paragraphs());
    }
}
