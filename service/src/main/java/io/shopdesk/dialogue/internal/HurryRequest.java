package io.shopdesk.dialogue.internal;

import java.util.regex.Pattern;

/**
 * Whether the shopper urges their order on: "can you hurry it up?", "can you make it faster?", "please rush it", "can
 * you chase the courier?", 能不能快点啊, 帮我催一下, 急用. Rule HurryOrderFollowUp reads it right after the status of an order
 * on its way: the chat cannot make the carrier go faster and says so with the latest status. Not a question about
 * faster shipping in general ("do you have express shipping?", "how fast is delivery?": the FAQ). Each language has its
 * own wording, matched only for a message in that language. Stateless and thread-safe.
 */
public final class HurryRequest {
    static final int MAX_LENGTH_ZH = 40;
    static final int MAX_LENGTH_EN = 80;

    private static final String IT = "(?:it|this|that|things|my order|the order|my parcel|the parcel|my package"
            + "|the package|the delivery|my delivery|the shipment|my shipment|them)";
    private static final String CARRIER = "(?:the |my )?(?:courier|carrier|delivery (?:guy|man|company|driver)|driver"
            + "|shipping company|warehouse|sf|sf express|jd|jd logistics|them)";
    private static final Pattern ENGLISH = Pattern.compile("(?:(?:so|ok|okay|and|but|well|hi|hello|hey|please|pls|come on"
            + "|hmm+|look|seriously)[,.!\\s]+)*"
            + "(?:(?:can|could|would|will) (?:you|u|ya)(?: please| maybe| possibly| just)? "
            + "|(?:is there any way|any way|is there a way) (?:you |to )(?:can |could )?|(?:please|pls) |i need you to |)"
            + "(?:hurry(?: " + IT + ")?(?: up)?|hurry up " + IT + "|rush " + IT + "|rush it through|speed " + IT + " up"
            + "|speed up " + IT + "|expedite " + IT + "|make " + IT + " (?:go |come |arrive |get here )?(?:faster|quicker|sooner)"
            + "|get " + IT + " (?:here |to me |delivered )?(?:faster|quicker|sooner|asap|earlier)"
            + "|(?:send|ship|deliver) " + IT + " (?:faster|quicker|sooner|asap|earlier)"
            + "|(?:chase|push|nudge|remind|ask|call|contact|tell) " + CARRIER + "(?: up)?(?: to (?:hurry(?: up)?|be quicker|go faster|speed up|deliver (?:it )?(?:faster|sooner)))?"
            + "|chase (?:it|this|my order|the order|my parcel|the parcel|my package|the package|the delivery) up"
            + "|make (?:the )?(?:courier|carrier|delivery) (?:go |come )?(?:faster|quicker|sooner))"
            + "(?:,? (?:please|pls|for me|a bit|a little|asap|now|already|i need it|i'm in a hurry|it's urgent))*[\\s?!.…]*"
            + "|(?:(?:please|pls)[,\\s]+)?(?:i need it|i need them|i need it to arrive) (?:sooner|faster|urgently|asap|by tomorrow"
            + "|earlier|quickly|fast)(?:,? please)?[\\s?!.…]*"
            + "|(?:please )?hurry(?: up)?(?:,? please)?[\\s?!.…]*"
            // "can it be expedited?", "could my order be sped up?": the same wish, in the passive
            + "|(?:(?:so|ok|okay|and|but|well)[,.!\\s]+)*(?:can|could) " + IT
            + " be (?:expedited|rushed|sped up|hurried(?: up)?|sent faster|shipped faster|delivered faster)"
            + "(?:,? please)?[\\s?!.…]*");
    // The reviewed Chinese wording (commit d8b0770), unchanged.
    private static final Pattern CHINESE = Pattern.compile(
            "(?s).*(快点|快一点|快些|催一下|催催|催一催|帮我催|给我催|加急|加快|能不能快|可不可以快|可以快|早点到|早点送|急用|等着用|着急).*");

    /** Whether {@code text}, in {@code language} ("zh" or "en"), asks for the shopper's order to come sooner. */
    public static boolean asks(String text, String language) {
        if (!ShortMessage.within(text, language, MAX_LENGTH_ZH, MAX_LENGTH_EN)) {
            return false;
        }
        if ("zh".equals(language)) {
            return CHINESE.matcher(text).matches();
        }
        return ENGLISH.matcher(ShortMessage.english(text)).matches();
    }

    private HurryRequest() {
    }
}
