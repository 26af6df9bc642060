package io.shopdesk.dialogue.internal;

import java.util.regex.Pattern;

/**
 * Whether the shopper says their parcel did not reach them though it shows as delivered, or went astray: "it says
 * delivered but I never got it", "tracking shows delivered but nothing arrived", "I never received my order", "it
 * wasn't delivered to me", "someone else signed for it", "my package was stolen", "the courier left it at the door
 * and now it's gone", "the courier left it with my neighbour and I can't find it", 显示已签收但是我没收到, 快递放在邻居家了，但是找不到,
 * 快递说送到了，可是我没拿到东西, 明明签收了却找不到快递, 被人代签了, 包裹丢了. The dialogue then notes the request
 * not_received (rule NoteMissingParcel): once the order is proved, a delivered one goes to a colleague who opens an
 * investigation with the carrier.
 *
 * <p>Not an item missing from a parcel that came ("it was delivered but a part is missing": a faulty item; 签收了但是少了一件:
 * {@link MissingItemReport}), not a parcel that came where the shopper did not want it ("the courier left my parcel at
 * the door": a complaint about the courier, which the dialogue rules read), not something else that did not come ("it says delivered but I never got my refund", 退款没收到), not a
 * question about what would happen ("what if it says delivered but I didn't get it?", 如果显示签收了但没收到怎么办: the
 * FAQ's), and not a parcel that has simply not come yet ("it's still not here", 怎么还没到: {@link NotArrivedYet}). Each
 * language has its own wording, matched only for a message in that language, and only a short message: a long one
 * says more than this looks for. Stateless and thread-safe.
 */
public final class MissingParcelReport {
    static final int MAX_LENGTH_ZH = 60;
    static final int MAX_LENGTH_EN = 200;

    /** What may have gone missing: the parcel or the order, never a refund, a part or an item inside it. */
    private static final String PARCEL = "(?:it|them|my (?:order|parcel|package|delivery|stuff|shipment)"
            + "|the (?:order|parcel|package|delivery|shipment|box)|anything|a thing)";
    /** The carrier or the tracking shows the parcel as delivered or signed for. */
    private static final String SHOWN_DELIVERED = "(?:(?:says?|show(?:s|ed|ing)?|marked|tracking|status|listed|courier|driver"
            + "|carrier|it was|was|been|is|it'?s)\\b.{0,20}\\b(?:delivered|signed for|signed|dropped off"
            + "|left(?: (?:it|them|my (?:parcel|package|order)|the (?:parcel|package|box)))? (?:at|outside|by|in front of|with)"
            + "|(?:gave|handed) (?:it|them|my (?:parcel|package|order)|the (?:parcel|package|box)) (?:to|over to)))";
    /** The shopper does not have it. */
    private static final String NOT_GOT = "(?:"
            + "(?:never|did ?n'?t|did not|have ?n'?t|have not|has ?n'?t|has not) (?:got|get|gotten|receive|received|see"
            + "|seen|find|found) " + PARCEL
            + "|(?:never|did ?n'?t|did not|have ?n'?t|have not) (?:got|gotten|received)(?= *(?:$|[,.!?;]| yet\\b"
            + "| though\\b| at all\\b))"
            + "|(?:can'?t|cannot|can not|could ?n'?t|could not) (?:find|see|locate) " + PARCEL
            + "|(?:there'?s |there is )?no sign of (?:it|them|my (?:parcel|package|order)|the (?:parcel|package))"
            + "|not (?:been )?received"
            + "|(?:nothing|no (?:parcel|package|box)) (?:has )?(?:arrived|came|come|showed up|turned up|here)"
            + "|(?:never|did ?n'?t|did not|has ?n'?t|has not|have ?n'?t|have not) (?:arrived|come|came|showed up"
            + "|turned up|got here|reached me)"
            + "|(?:it'?s|it is|it was|they'?re|they are) (?:not|nowhere) (?:here|there|to be found)"
            + "|nowhere to be (?:found|seen)"
            + "|not (?:at|on|in|outside) my (?:door|doorstep|house|home|flat|apartment|place|building|mailbox|locker)"
            + "|where (?:is|'s) (?:it|my (?:parcel|package|order))"
            + "|(?:it'?s|it is|it was|my (?:parcel|package|order) (?:is|was)) (?:missing|gone)"
            + "|(?:they|he|she|my neighbou?rs?|the neighbou?rs?) (?:don'?t|doesn'?t|do not|does not|did ?n'?t|did not|never)"
            + " (?:have|has|got|get|receive|received|see|saw) (?:it|them|anything|my (?:parcel|package|order)))";
    private static final Pattern ENGLISH = Pattern.compile("(?s)(?:"
            // shown as delivered (or a message that opens with "delivered", "signed for"), and not got, in either order
            + "(?:.*\\b" + SHOWN_DELIVERED + "|\\W*(?:delivered|signed for))\\b.*\\b" + NOT_GOT + "\\b.*"
            + "|.*\\b" + NOT_GOT + "\\b.{0,80}\\b(?:though|although|but|yet|while|and|even)\\b.{0,40}\\b"
            + SHOWN_DELIVERED + "\\b.*"
            // on its own: never got it, not delivered to me, signed for by someone else, lost or stolen
            + "|(?:.*\\b)?never (?:got|received) (?:it|them|my (?:order|parcel|package|delivery|stuff|shipment)"
            + "|the (?:order|parcel|package|delivery|shipment))\\b.*"
            + "|.*\\b(?:(?:was ?n'?t|was not|were ?n'?t|were not) (?:been )?|never (?:been |was )?)delivered to (?:me|us|my (?:address"
            + "|door|house|home|flat|apartment))\\b.*"
            + "|.*\\bdelivered to (?:the wrong (?:address|person|house|door|flat|apartment|building|place)|someone else"
            + "|somebody else|another (?:address|person|house))\\b.*"
            + "|.*\\b(?:some ?one|some ?body|a stranger|a neighbou?r) (?:else |i don'?t know )?signed for (?:it|them"
            + "|my (?:order|parcel|package))\\b.*"
            + "|.*\\bsigned (?:for )?by (?:some ?one|some ?body) (?:else|i don'?t know)\\b.*"
            + "|.*\\bi (?:never|did ?n'?t|did not) sign(?:ed)? for (?:it|them|my (?:order|parcel|package)|the (?:parcel"
            + "|package))\\b.*"
            + "|.*\\b(?:my|the) (?:parcel|package|order|delivery|shipment) (?:is|was|got|has been|must have been)"
            + " (?:lost|stolen)\\b.*"
            + "|.*\\bsome ?(?:one|body) stole (?:it|my (?:parcel|package|order))\\b.*)");
    private static final Pattern ENGLISH_HYPOTHETICAL = Pattern.compile(
            "(?s)(?:.*\\bwhat (?:if|happens if)\\b|\\W*(?:if|in case|suppose|supposing)\\b).*");

    /** A claim that the parcel was delivered: signed for, delivered, put in a locker. Not "when will it be delivered". */
    private static final String DELIVERED_ZH = "(?:已经?(?:被)?签收|显示(?:已经?)?签收|签收了|被签收|签收人|已经?送达|显示(?:已经?)?送达"
            + "|送达了|送到了|已经送到|说送到|妥投|派送成功|投递成功|(?:放|扔|丢)(?:到|在|进)?了?(?:快递柜|驿站|门口|前台|门卫|丰巢|楼下)"
            + "|(?:放|交|给|送)(?:到|在|给)?了?邻居|邻居(?:家)?代收)";
    /** The shopper does not have it. */
    private static final String NOT_GOT_ZH = "(?:(?:没|没有|未|并没有|根本没|从来没|但没|却没)有?(?:收到|拿到|见到|看到|找到)"
            + "|找不到|找不着|寻不到|不见了|丢了|(?:没|没有)(?:看见|看着|见着)|(?:包裹|快递|东西|货|件)(?:在哪|去哪)"
            + "|邻居(?:说)?(?:没有|没|没收到|没拿到|不知道))";
    private static final Pattern CHINESE = Pattern.compile("(?s)(?:"
            + ".*" + DELIVERED_ZH + ".*" + NOT_GOT_ZH + ".*"
            + "|.*" + NOT_GOT_ZH + ".*" + DELIVERED_ZH + ".*"
            + "|.*(?:被(?:人|别人|他人|陌生人|邻居|门卫)?代签|被(?:别人|他人|陌生人)签收?|别人(?:代)?签收了|冒签|冒领"
            + "|不是我签收?的|我(?:并|根本|从来)?(?:没|没有)签收?过?|送错地址|送错人|送到别人家|(?:快递|包裹)(?:被人?)?(?:偷|拿)走了"
            + "|被(?:人|别人|他人|邻居)(?:偷|拿|顺)走了"
            + "|(?:快递|包裹)(?:被)?(?:弄)?丢了|丢件).*)");
    private static final Pattern CHINESE_HYPOTHETICAL = Pattern.compile("(?s).*(?:如果|万一|要是|假如|的话).*");
    /**
     * Something else that did not come or is short: a refund, points, a coupon, an invoice, a code, an item short in a
     * parcel that came, or the shopper's own return the warehouse signed for.
     */
    private static final Pattern CHINESE_OTHER = Pattern.compile(
            "(?s).*(?:到账|积分|优惠券|发票|验证码|退款(?:还|一直)?(?:没|未)|寄回|少了|少发|漏发|缺了|缺少).*");

    /** Whether {@code text}, in {@code language} ("zh" or "en"), says the shopper's parcel did not reach them. */
    public static boolean says(String text, String language) {
        if (!ShortMessage.within(text, language, MAX_LENGTH_ZH, MAX_LENGTH_EN)) {
            return false;
        }
        if ("zh".equals(language)) {
            return CHINESE.matcher(text).matches() && !CHINESE_HYPOTHETICAL.matcher(text).matches()
                    && !CHINESE_OTHER.matcher(text).matches();
        }
        String english = ShortMessage.english(text);
        return ENGLISH.matcher(english).matches() && !ENGLISH_HYPOTHETICAL.matcher(english).matches();
    }

    private MissingParcelReport() {
    }
}
