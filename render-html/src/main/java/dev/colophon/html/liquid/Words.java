package dev.colophon.html.liquid;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Jekyll's number_of_words: white-space tokens; with "cjk" (or "auto" when there are any) each CJK character is a word. */
final class Words {

    private static final String CJK = "\\p{IsHan}\\p{IsKatakana}\\p{IsHiragana}\\p{IsHangul}";
    private static final Pattern CJK_CHAR = Pattern.compile("[" + CJK + "]");
    private static final Pattern OTHER_WORD = Pattern.compile("[^" + CJK + "\\s]+");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private Words() {
    }

    static long count(String text, String mode) {
        String input = text.strip();
        if (mode.equals("cjk") || mode.equals("auto")) {
            long cjk = matches(CJK_CHAR, input);
            if (mode.equals("cjk") || cjk > 0) {
                return cjk + matches(OTHER_WORD, input);
            }
        }
        return input.isEmpty() ? 0 : SPACE.split(input).length;
    }

    private static long matches(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        long n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
