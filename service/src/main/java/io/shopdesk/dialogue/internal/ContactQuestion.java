package io.shopdesk.dialogue.internal;

import java.util.regex.Pattern;

/**
 * Whether a message only asks how or when the shop's people can be reached: "what's your customer service phone
 * number?", "what are your support hours?", "how can I contact you?", 客服电话多少, 客服几点上班, 人工客服什么时候在线,
 * 怎么联系你们客服. Such a question wants the answer (the FAQ's: agents in the chat 9:00-22:00, every day, and the email
 * address), not a place in the queue: the intent model reads it as human_agent and the escalation rules handed the chat
 * over, at 23:00 too, when no agent could take it. The dialogue answers it (rule AnswerContactQuestion, action
 * contact_details, which the escalation rules do not hand over); "I want to talk to a person", 转人工 and 我要找客服 stay
 * requests. The whole short message must be the question. Each language has its own wording, matched only for a message
 * in that language. Stateless and thread-safe.
 */
public final class ContactQuestion {
    static final int MAX_LENGTH_ZH = 24;
    static final int MAX_LENGTH_EN = 80;

    private static final String WHO_EN = "(?:customer service|customer support|customer care|support|service|help ?desk"
            + "|agents?|staff|team|humans?|people|live chat|the shop)";
    /** You, or the shop's people: "when are you open?", "when is customer service available?". */
    private static final String YOU_OR_WHO_EN = "(?:you(?: guys)?|(?:your |the )?" + WHO_EN + "(?: team)?)";
    /** A way to reach the shop: its phone number, hotline or email address. */
    private static final String LINE_EN = "(?:(?:customer service |customer support |support |contact |service |help ?desk )?"
            + "(?:(?:phone |telephone )?number|phone|telephone|hot ?line(?: number)?|help ?line(?: number)?"
            + "|e-?mail(?: address)?))";
    private static final Pattern ENGLISH = Pattern.compile("(?:(?:hi|hello|hey|so|ok|okay|and|but|quick question|sorry)[,.!\\s]+)*"
            + "(?:(?:what(?:'s| is) |may i (?:have|ask) |can i (?:have|get) |i need )?(?:your |the )?(?:customer service |customer support |"
            + "support |help ?line |hot ?line |contact |service )?(?:phone |telephone |contact )?number"
            // "what's your email?", "your hotline?": the way asked for by name ("the phone" alone may be a product's)
            + "|(?:(?:what(?:'s| is) |may i (?:have|ask) |can i (?:have|get) |i need )(?:your |the )?|your )" + LINE_EN
            + "|(?:do|does) (?:you|your shop|the shop) have (?:a |an )?(?:customer service |support |contact )?(?:phone(?: number| line)?"
            + "|telephone(?: number)?|hot ?line|help ?line|email(?: address)?|e-mail(?: address)?|number)"
            // "is there a number I can call?", "is there an email I can write to?"
            + "|is there (?:a |an |any )?" + LINE_EN
            // "how can I contact you by phone?", "can I call you?": how the shop is reached, not a request for a person
            + "|(?:how (?:can|do|could) i|can i|could i) (?:call|phone|ring|email|e-mail|contact|reach|get in touch with)"
            + " " + YOU_OR_WHO_EN + "(?: (?:by|via|over the|on the) (?:phone|telephone|e-?mail|mail))?"
            + "|what (?:are|is) (?:your |the )?(?:customer service |support |opening |business |working |service |office |agents' )?hours"
            + "|when (?:are|is|do|does) " + YOU_OR_WHO_EN + " (?:available|online|open|start|work|working|around)"
            + "|what time (?:do|does|is|are) " + YOU_OR_WHO_EN + " (?:open|start|close|available|online)"
            // "is customer service open on sundays?", "are you open now?", "are your agents online at weekends?"
            + "|(?:is|are) " + YOU_OR_WHO_EN + " (?:open|available|online|working|around)"
            + "(?: (?:now|today|tonight|tomorrow|at night|at weekends|(?:on|at) (?:the )?(?:weekends?|sundays?|saturdays?"
            + "|(?:public )?holidays)))?)"
            // "… I can call", "… for customer service": whom or what the number or address is for
            + "(?: (?:i|we) (?:can|could) (?:call|ring|phone|use|email|e-mail|write to|reach you (?:on|at)))?"
            + "(?: (?:for|of|to reach|to contact|to call) " + YOU_OR_WHO_EN + ")?"
            + "(?:,? (?:please|pls|today|now))*[\\s?!.…]*");
    private static final String WHO_ZH = "(?:客服|人工客服|人工|售后|在线客服)";
    private static final Pattern CHINESE = Pattern.compile(
            "(?:请问|那|你好|您好|亲)?[，,\\s]*(?:我想问下|我想问一下|想问下|想问一下|问一下|问下)?[，,\\s]*(?:你们|你们的|贵店)?(?:"
                    + WHO_ZH + "?(?:的)?(?:电话|热线|联系电话|客服电话|电话号码)(?:号码)?(?:是)?(?:多少|几号|是多少|是什么|多少号)"
                    + "|(?:有没有|有)" + WHO_ZH + "?(?:电话|热线|邮箱|联系方式)(?:吗|么|嘛)?"
                    // 有没有电话可以打, 有电话能打吗, 能打电话吗, 怎么给你们打电话, 电话怎么打: how, not a request to be called
                    + "|(?:有没有|有)" + WHO_ZH + "?(?:电话|热线)(?:可以|能)(?:打|联系)(?:吗|么|嘛)?"
                    + "|(?:可以|能)(?:打|拨打)" + WHO_ZH + "?(?:电话|热线)(?:吗|么|嘛)"
                    + "|(?:怎么|如何|怎样)(?:给你们|给客服)?(?:打|拨打)(?:你们的?|客服)?(?:电话|热线)(?:给你们|给客服)?"
                    + "|" + WHO_ZH + "?(?:的)?(?:电话|热线)(?:怎么|要怎么)打"
                    // 你们的邮箱, 客服电话 said alone: asked as a question
                    + "|" + WHO_ZH + "?(?:的)?(?:邮箱|邮箱地址|电话|热线|联系电话|电话号码|联系方式)"
                    + "|" + WHO_ZH + "(?:一般)?(?:几点|什么时候|啥时候|哪个时间)(?:上班|下班|在线|有人|开始|结束|能联系上|营业|开门)"
                    + "|(?:你们|贵店)(?:一般)?(?:几点|什么时候|啥时候|哪个时间)(?:上班|下班|在线|有人|营业|开门|关门)"
                    // 周末有客服吗, 节假日客服上班吗, 能发邮件吗
                    + "|(?:周末|周六|周日|星期天|星期六|节假日|过年|晚上)(?:有没有|有)?" + WHO_ZH + "(?:在线|上班)?(?:吗|么|嘛)?"
                    // 周末上班吗, 晚上有人吗 (after the contact answer, stop 33: it fell back)
                    + "|(?:周末|周六|周日|星期天|星期六|节假日|过年|晚上)(?:也|还)?(?:上班|在线|有人)(?:吗|么|嘛|不)?"
                    + "|(?:能|可以)(?:给你们|给客服)?发邮件(?:吗|么|嘛)?"
                    + "|" + WHO_ZH + "?(?:的)?(?:工作|上班|服务|在线|营业)时间(?:是)?(?:几点|是什么|是几点到几点|几点到几点)?"
                    + "|(?:怎么|如何|怎样)(?:才能)?联系(?:上)?(?:你们|客服|人工客服|售后|你们的客服|你们客服)"
                    + "|" + WHO_ZH + "?邮箱(?:地址)?(?:是)?(?:多少|是什么|是啥))"
                    + "(?:啊|呀|呢|吗|么|嘛)*[？?。!！~～…\\s]*");

    /** Whether {@code text}, in {@code language} ("zh" or "en"), only asks how or when the shop's people can be reached. */
    public static boolean asks(String text, String language) {
        return ShortMessage.isWhole(text, language, MAX_LENGTH_ZH, MAX_LENGTH_EN, CHINESE, ENGLISH);
    }

    private ContactQuestion() {
    }
}
