package org.speechdraft.core.speech;

import java.util.ArrayList;
import java.util.List;
import org.speechdraft.core.i18n.Messages;
import org.speechdraft.core.outline.Outline;
import org.speechdraft.core.outline.OutlineEditor;

/**
 * How long a speech takes to deliver, in all and section by section: syllables as said (see
 * {@link SpokenLength}) at the speaker's pace.
 *
 * @param total    syllables of the whole speech
 * @param sections syllables of each heading's section (its subsections included), in outline order
 */
public record SpeechTiming(int total, List<Integer> sections) {

    private static final Messages TEXTS = new Messages("org.speechdraft.core.speech.messages");

    public SpeechTiming {
        sections = List.copyOf(sections);
    }

    /** @param paragraphs the speech's paragraphs, one string each, as the outline was made from */
    public static SpeechTiming of(List<String> paragraphs, Outline outline) {
        return fromSyllables(paragraphs.stream().map(SpokenLength::of).toList(), outline);
    }

    /**
     * @param syllables each paragraph's {@link SpokenLength}, in order, as the outline was made
     *                  from (an editor measures only the paragraphs that changed)
     */
    public static SpeechTiming fromSyllables(List<Integer> syllables, Outline outline) {
        // Prefix sums: each section is then one subtraction, whatever its length.
        int[] upTo = new int[syllables.size() + 1];
        for (int i = 0; i < syllables.size(); i++) {
            upTo[i + 1] = upTo[i] + syllables.get(i);
        }
        List<Integer> sections = new ArrayList<>();
        for (int h = 0; h < outline.headings().size(); h++) {
            int[] range = OutlineEditor.sectionRange(outline, h, syllables.size());
            sections.add(upTo[Math.min(range[1], syllables.size())] - upTo[range[0]]);
        }
        return new SpeechTiming(upTo[syllables.size()], sections);
    }

    /** Minutes to say {@code syllables} at {@code pace} syllables (字) a minute. */
    public static double minutes(int syllables, int pace) {
        return syllables / (double) Math.max(1, pace);
    }

    /** "约12分钟", "不到1分钟", "约1分30秒" — as a speaker wants to read it at a glance. */
    public static String describe(double minutes) {
        long seconds = Math.round(minutes * 60);
        if (seconds < 60) {
            return TEXTS.get("time.underMinute");
        }
        if (seconds < 600 && seconds % 60 >= 15) {
            // short sections: half minutes matter
            long halves = Math.round(seconds / 30.0);
            return halves % 2 == 0 ? TEXTS.get("time.minutes", halves / 2)
                    : TEXTS.get("time.minutesHalf", halves / 2);
        }
        return TEXTS.get("time.minutes", Math.round(seconds / 60.0));
    }
}
