package io.shopdesk.dialogue.internal;

import java.util.regex.Pattern;

/**
 * Whether the whole message asks what to do now, about nothing new: "what should I do?", "what do I do now?", "what
 * now?", "now what?", "what are my options?", 那怎么办, 我该怎么办, 现在怎么办, 那我现在怎么办, 咋办. After an answer it means the
 * shopper is stuck with it (the card still fails, the coupon still does not work): the dialogue rules answer with what
 * the last answer said to do and offer a person, and hand the chat to one when asked again, instead of reading it as
 * off-topic (the intent model does: "what should I do?" names nothing the shop covers). A question about something
 * ("what should I do to return a jacket?", 退货怎么办) is none: it names its topic and the FAQ answers it. Each language
 * has its own wording, matched only for a message in that language. Stateless and thread-safe.
 */
public final class WhatToDoQuestion {
    static final int MAX_LENGTH_ZH = 16;
    static final int MAX_LENGTH_EN = 60;

    private static final Pattern ENGLISH = Pattern.compile("(?:(?:so|ok|okay|and|but|well|hmm+|um+|then|sorry|right)[,.!\\s]+)*"
            + "(?:what (?:should|do|can|shall|must|could) (?:i|we) do(?: now| next| then| about it| about that| about this"
            + "| instead| here)?(?: now)?"
            + "|what (?:am i|are we) (?:supposed|meant) to do(?: now| next| then)?"
            + "|what (?:now|next|then|else can i do|else should i do|are my options|options do i have|can be done)"
            + "|now what|so what now|what do you (?:suggest|recommend)|what would you (?:suggest|recommend)"
            + "|what's next|what is next|how do i fix (?:it|this|that)|what can you do(?: about it| about that)?)"
            + "(?:,? (?:then|now|please|pls))*[\\s?!.…]*");
    private static final Pattern CHINESE = Pattern.compile(
            "(?:(?:那么|那|我们|我|现在|所以|可是|但是|嗯|哦|好吧|这样的话|这种情况)[，,\\s]*)*(?:该|应该|要|能|可以|还能|还可以)?"
                    + "(?:怎么办|咋办|怎么弄|咋弄|咋整|怎么处理|如何处理|怎么解决|如何解决|怎么做|做什么|干什么)"
                    + "(?:呢|啊|呀|吗|嘛|才好|好|了)*[？?。!！~～…\\s]*");

    /** Whether {@code text}, in {@code language} ("zh" or "en"), only asks what to do now. */
    public static boolean asks(String text, String language) {
        return ShortMessage.isWhole(text, language, MAX_LENGTH_ZH, MAX_LENGTH_EN, CHINESE, ENGLISH);
    }

    private WhatToDoQuestion() {
    }
}
