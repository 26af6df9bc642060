package io.shopdesk.dialogue.internal;

import java.util.regex.Pattern;

/**
 * Whether the shopper haggles over a price, as on Taobao: "can you give me a discount?", "can you do a better price?",
 * "any chance of a lower price?", "can you make it cheaper?", 能便宜点吗, 能不能便宜点, 便宜点呗, 可以优惠点吗. The chat cannot
 * change a price; rule AnswerHaggling says so kindly and where the discounts are. Not a request for cheaper products
 * ("anything cheaper?", "show me cheaper ones", 有便宜点的吗: the recommendation rules' follow-up) nor a question about
 * coupons ("do you have coupons?", "how can I get a discount?": the FAQ). Each language has its own wording, matched only
 * for a message in that language. Stateless and thread-safe.
 */
public final class HaggleRequest {
    static final int MAX_LENGTH_ZH = 30;
    static final int MAX_LENGTH_EN = 80;

    private static final String DEAL = "(?:a |an |any |some |a little |a bit of |a small |a better |a special )?"
            + "(?:(?:little |small |bit of )?discount|better price|lower price|cheaper price|better deal|good deal|deal"
            + "|special price|good price|best price|price cut|price reduction|reduction|bargain|markdown)";
    private static final Pattern ENGLISH = Pattern.compile("(?:(?:so|ok|okay|and|but|well|hi|hello|hey|please|pls|come on"
            + "|hmm+|any way|anyway)[,.!\\s]+)*"
            + "(?:(?:can|could|would|will|won't|wont|couldn't) (?:you|u|ya)(?: please| maybe| possibly)?"
            + " (?:give|offer|do|get|cut|make|let|knock|throw in|sell)(?: me| us)? " + DEAL
            + "|(?:can|could|would|will) (?:you|u|ya)(?: please| maybe| possibly)? (?:make|do|let me have|sell|give me|sell me)"
            + " (?:it|this|that|them|these|those|this one|that one|the price)(?: (?:a bit|a little|any|slightly))?"
            + " (?:cheaper|for less|lower)"
            + "|(?:can|could|would|will) (?:you|u|ya)(?: please| maybe| possibly)? (?:lower|drop|reduce|cut|knock down"
            + "|bring down|bring|knock|take|shave)(?: down| off)? (?:the |your |its |this |that )?price(?: down| a bit| a little)?"
            + "|(?:can|could|would|will) (?:you|u|ya)(?: please| maybe| possibly)? (?:go|come) (?:any |a bit |a little )?lower"
            + "|(?:can|could|would|will) (?:you|u|ya)(?: please| maybe| possibly)? (?:knock|take) (?:something|a bit|a few (?:bucks|dollars|yuan)|\\S+) off"
            + "|(?:can|could|may) (?:i|we) (?:get|have)(?: it| this| that| them)?(?: for)? " + DEAL
            + "|(?:can|could|may) (?:i|we) (?:get|have) (?:it|this|that|them|this one|that one) (?:cheaper|for less)"
            + "|(?:is there )?any chance (?:of|for|at|to get) " + DEAL
            + "|(?:is|are) (?:the |your |its |this |that )?(?:price|prices)(?: still)? negotiable"
            + "|(?:can|could) (?:we|i) (?:negotiate|haggle|bargain)(?: (?:on|over))?(?: (?:the|this|that|a|your))?(?: price)?"
            + "|(?:give|do|make) (?:me|us) " + DEAL
            + "|(?:a )?(?:discount|cheaper|lower price|better price),? please"
            + "|(?:make|do) (?:it|this|that) cheaper(?:,? please)?)"
            + "(?: (?:on|for) (?:this|that|it|these|those|the|my|your)(?: [a-z0-9-]+){0,3})?"
            + "(?:,? (?:please|pls|for me|for us|if i buy (?:two|2|three|3|more|several)|maybe|a bit|a little|mate|friend))*"
            + "[\\s?!.…]*");
    // The reviewed Chinese wording (commit 5e056b1), unchanged: 有便宜点的吗 asks for products.
    private static final Pattern CHINESE = Pattern.compile(
            "(?s).*((能|可以|再|还能)再?(便宜|优惠|少)(点|一点|些|一些)?(吗|嘛|么|不|呗|啊|呀|吧)|(能不能|可不可以)再?(便宜|优惠|少)|便宜(点|一点|些)(吧|呗|嘛|啊)|(能|可以|能不能)(打折|打个折|议价|砍价|讲价|改价)).*");
    private static final Pattern CHINESE_NOT = Pattern.compile("(?s).*(有没有|有便宜|有优惠|的吗|的呢|的嘛).*");

    /** Whether {@code text}, in {@code language} ("zh" or "en"), asks for a lower price than the one shown. */
    public static boolean asks(String text, String language) {
        if (!ShortMessage.within(text, language, MAX_LENGTH_ZH, MAX_LENGTH_EN)) {
            return false;
        }
        if ("zh".equals(language)) {
            return CHINESE.matcher(text).matches() && !CHINESE_NOT.matcher(text).matches();
        }
        return ENGLISH.matcher(ShortMessage.english(text)).matches();
    }

    private HaggleRequest() {
    }
}
