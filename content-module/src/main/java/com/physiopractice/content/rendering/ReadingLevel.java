package com.physiopractice.content.rendering;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Flesch–Kincaid grade of a text: {@code 0.39 × words/sentence + 11.8 × syllables/word − 15.59}.
 * Patient material should aim for grade 8 or lower (NIH), ideally 6 (AMA). Syllables are counted
 * with the usual vowel-group rule, which is what readability tools do too; the grade is a guide for
 * the editor, not a measurement to a decimal place.
 */
public final class ReadingLevel {

    private static final Pattern WORD = Pattern.compile("[A-Za-z]+(?:'[A-Za-z]+)?");
    /** A sentence ends at . ! ? or at the end of a block (a heading or list item without a full stop). */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+|\\n+");
    private static final Pattern VOWEL_GROUP = Pattern.compile("[aeiouy]+");

    private ReadingLevel() {
    }

    /** The grade, rounded to one decimal; 0 for a text without words. */
    public static double grade(String plainText) {
        String text = plainText == null ? "" : plainText;
        int words = 0;
        int syllables = 0;
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            words++;
            syllables += syllables(word.group());
        }
        if (words == 0) {
            return 0;
        }
        int sentences = 0;
        for (String part : SENTENCE_END.split(text)) {
            if (WORD.matcher(part).find()) {
                sentences++;
            }
        }
        double grade = 0.39 * words / Math.max(1, sentences) + 11.8 * syllables / words - 15.59;
        return Math.round(grade * 10) / 10.0;
    }

    static int syllables(String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT).replace("'", "");
        int groups = 0;
        Matcher vowels = VOWEL_GROUP.matcher(lower);
        while (vowels.find()) {
            groups++;
        }
        boolean silentE = lower.endsWith("e") && !lower.endsWith("le") && !lower.endsWith("ee") && groups > 1;
        return Math.max(1, silentE ? groups - 1 : groups);
    }
}
