package io.shopdesk.dialogue.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The two steps every wording check of a short message takes before its patterns ({@link BotIdentityQuestion},
 * {@link HaggleRequest}, {@link HurryRequest}, {@link BriefFollowUp}, {@link CapabilityQuestion}, {@link WhyFollowUp}):
 * the message must be a non-blank one of at most so many characters, since these checks read a whole message as one
 * question and a long one says more than they look for; and English is matched lower-cased and stripped, with the
 * typographic apostrophe of phone keyboards ("don’t") read as the plain one the patterns are written with. Stateless.
 */
final class ShortMessage {
    private ShortMessage() {
    }

    /** Whether {@code text} is a message that is not blank and has at most {@code maxLength} characters. */
    static boolean within(String text, int maxLength) {
        return text != null && !text.isBlank() && text.length() <= maxLength;
    }

    /** Whether {@code text} is short enough for its language: {@code maxZh} characters in Chinese, else {@code maxEn}. */
    static boolean within(String text, String language, int maxZh, int maxEn) {
        return within(text, "zh".equals(language) ? maxZh : maxEn);
    }

    /**
     * Whether {@code text} is short enough for its language and, as a whole, one of that language's wordings: the
     * Chinese pattern on the stripped text, the English one on the text as {@link #english(String)} reads it. The check
     * most wording classes make ({@link WhatToDoQuestion}, {@link AdviceDidNotWork},
     * {@link ContactQuestion}).
     */
    static boolean isWhole(String text, String language, int maxZh, int maxEn, Pattern chinese, Pattern english) {
        if (!within(text, language, maxZh, maxEn)) {
            return false;
        }
        return "zh".equals(language) ? chinese.matcher(text.strip()).matches() : english.matcher(english(text)).matches();
    }

    /** {@code text} as the English patterns read it: stripped, lower-cased, with ’ as '. */
    static String english(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replace('’', '\'');
    }
}
