package io.shopdesk.dialogue.internal;

import java.util.regex.Pattern;

/**
 * Whether a message asks what the assistant can do: "what can you do?", "how can you help me?", "what are you for?",
 * 那你能干嘛, 你会什么, 你都能帮我做什么. The intent model has no such intent: it read 那你能干嘛 as goodbye (0.56), and the
 * shopper was told goodbye, and "what can you help me with" as out of scope, and was told "Sorry, that's not something I
 * can help with"; "help" alone it read as thanks, and the shopper was told "You're welcome!". The whole message must be the question (at most {@value #MAX_LENGTH} characters), so "what can you
 * do about my late order?" goes to its own topic. Stateless and thread-safe.
 */
public final class CapabilityQuestion {
    static final int MAX_LENGTH = 40;

    private static final Pattern ENGLISH = Pattern.compile("(?:(?:so|ok|okay|and|then|well|hi|hello|hey)[,.!\\s]+)*"
            + "(?:what (?:can|could|do) you (?:do|help (?:me |us )?with|help me do|offer)"
            + "|what (?:else )?can you do(?: for me)?"
            + "|how (?:can|could|do) you help(?: me)?"
            + "|what are you (?:able to do|for|good for|capable of)"
            + "|what do you do"
            + "|what can i ask(?: you)?(?: about)?"
            + "|what (?:kind of )?(?:things|questions) can you (?:do|answer|help (?:me )?with)"
            + "|(?:please )?(?:help|hlep|halp)(?: me)?(?: please| pls)?|i need (?:some )?help"
            + "|can (?:you|someone|anyone|somebody) help(?: me)?(?: please)?)"
            + "(?: exactly| here| anyway| then| for me)?[\\s?!.…]*");
    private static final Pattern CHINESE = Pattern.compile("(?:那|所以|请问|那么|嗯|哦|你好)?[，,\\s]*"
            + "(?:你|您)(?:都|到底|究竟|还)?(?:能|会|可以)(?:帮我|帮忙|为我|给我)?(?:干|做|处理|办|解决)?(?:点|些)?"
            + "(?:嘛|吗|啥|什么|哪些事|哪些事情|什么事|什么事情|些什么)"
            + "(?:事|事情|问题)?(?:呢|呀|啊)?[\\s？?！!。…]*"
            + "|(?:你|您)有(?:什么|哪些|啥)(?:用|功能|本事)[\\s？?！!。…呢啊呀]*"
            + "|我(?:可以|能)问(?:你|您)?(?:什么|哪些|啥)(?:问题)?[\\s？?！!。…呢啊呀]*");

    /** Whether {@code text} only asks what the assistant can do, in English or Chinese. */
    public static boolean asks(String text) {
        if (!ShortMessage.within(text, MAX_LENGTH)) {
            return false;
        }
        String t = ShortMessage.english(text);
        return CHINESE.matcher(t).matches() || ENGLISH.matcher(t).matches();
    }

    private CapabilityQuestion() {
    }
}
