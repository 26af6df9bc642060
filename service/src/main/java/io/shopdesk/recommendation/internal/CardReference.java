package io.shopdesk.recommendation.internal;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a normalised message ({@link ShownCardQuestion#normalise}) points among the cards it was shown, by place or by
 * a demonstrative: 第二个, 第2款, 2号, 最后一个, "the second one", "the 2nd", "number 2", "#2", "the last one"; 这个,
 * 那款, 它, "it", "this one", "that one". Not a count or a time: 第二次, 第一个订单, "the second time I ordered", "on the
 * 2nd", "two shirts", "last week". Which card a demonstrative means, and a card named by a word of its name ("the
 * lipstick"), is for {@link ShownCardQuestion}, which knows the cards. Immutable and thread-safe.
 *
 * @param kind     by place ({@code POSITION}, 1-based {@code position}), the last card, or a demonstrative
 * @param position the place asked for, from 1, when by place; else 0
 * @param start    where the words that point start in the message
 * @param end      where they end
 */
public record CardReference(Kind kind, int position, int start, int end) {

    public enum Kind { POSITION, LAST, THIS }

    private static final String CLASSIFIER = "(?:个|款|件|条|双|支|瓶|样|种|套|只|台|把|盒|顶|块|张)";
    /** Nouns after 第二个 or 这个 that are no card: 第一个订单, 这个问题. */
    private static final String NOT_A_CARD_ZH = "(?!订单|问题|包裹|快递|地址|人|月|星期|周|礼拜|孩子|宝宝|号码|电话|优惠券|券|办法|方法|原因|小时)";
    private static final String NUMBER_ZH = "[一二两三四五六七八九十]|\\d{1,2}";
    private static final Pattern ORDINAL_ZH = Pattern.compile("第\\s*(" + NUMBER_ZH + ")\\s*" + CLASSIFIER + NOT_A_CARD_ZH);
    private static final Pattern LAST_ZH = Pattern.compile("最后(?:一|那|这)?" + CLASSIFIER + NOT_A_CARD_ZH);
    /** 2号 as a card, not a day: no month before it, no 码 (a size) or 线 after it. */
    private static final Pattern NUMBER_SIGN_ZH = Pattern.compile("(?<![\\d月.:：])(\\d{1,2})\\s*号(?![码线楼店仓门])");
    /** Words that make 2号 a day of the month: 2号能到吗, 2号之前发货. */
    private static final Pattern DAY_WORDS_ZH = Pattern.compile("到|发货|送|寄|前|后|那天|当天|周|星期|月|日");
    private static final Pattern THIS_ZH = Pattern.compile("(?:这|那)一?" + CLASSIFIER + NOT_A_CARD_ZH + "|它(?!们)");

    private static final String ORDINAL_WORDS = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth";
    private static final List<String> ORDINALS = List.of(ORDINAL_WORDS.split("\\|"));
    private static final String CARD_NOUN = "(?:one|item|product|option|choice|card|pick)";
    /** Words after "the second" or "the last" that make it no card: "the second time", "the last order". */
    private static final String NOT_A_CARD_EN = "(?!\\s+(?:time|times|day|days|week|weeks|month|months|year|years|order|orders"
            + "|hand|half|question|place|floor|page|step|attempt|try|payment|payments|instal?l?ments?|delivery|package"
            + "|parcel|of|person|thing|things)\\b)";
    private static final Pattern ORDINAL_EN = Pattern.compile(
            "(?<!\\b(?:on|by|until|till|before|after|from|since) )\\bthe\\s+(" + ORDINAL_WORDS + "|\\d{1,2}(?:st|nd|rd|th))\\b"
                    + "(?:\\s+" + CARD_NOUN + "\\b|" + NOT_A_CARD_EN + ")"
                    + "|\\b(" + ORDINAL_WORDS + "|\\d{1,2}(?:st|nd|rd|th))\\s+" + CARD_NOUN + "\\b");
    private static final Pattern NUMBER_EN = Pattern.compile(
            "(?<!\\b(?:phone|order|tracking|card|account|mobile|contact|reference) )(?:\\bnumber\\s*|\\bno\\.\\s*|#\\s*|\\boption\\s*|\\bitem\\s*)"
                    + "(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\\b");
    private static final Pattern LAST_EN = Pattern.compile("\\bthe\\s+(?:very\\s+)?last\\b(?:\\s+" + CARD_NOUN + "\\b|" + NOT_A_CARD_EN + ")");
    /** "it", and "this" or "that" on their own or before "one" or a verb: "this one", "is that in stock?". */
    private static final Pattern THIS_EN = Pattern.compile(
            "\\bit\\b|\\b(?:this|that)\\b(?:\\s+one\\b|(?=\\s*$|\\s*[?!.,]|\\s+(?:is|in|come|comes|cost|costs|available|still"
                    + "|for|please|and|or|with|have|has|do|does)\\b))");

    /**
     * The first place or demonstrative the message points with, among {@code shown} cards; empty when none. A place
     * counts from 1: "#0" points nowhere.
     */
    public static Optional<CardReference> in(String normalised, int shown) {
        Optional<CardReference> byPlace = byPlace(normalised, shown).filter(r -> r.kind() != Kind.POSITION || r.position() >= 1);
        if (byPlace.isPresent()) {
            return byPlace;
        }
        Matcher m = THIS_ZH.matcher(normalised);
        if (m.find()) {
            return Optional.of(new CardReference(Kind.THIS, 0, m.start(), m.end()));
        }
        m = THIS_EN.matcher(normalised);
        return m.find() ? Optional.of(new CardReference(Kind.THIS, 0, m.start(), m.end())) : Optional.empty();
    }

    private static Optional<CardReference> byPlace(String text, int shown) {
        Matcher m = ORDINAL_ZH.matcher(text);
        if (m.find()) {
            return Optional.of(new CardReference(Kind.POSITION, number(m.group(1)), m.start(), m.end()));
        }
        m = LAST_ZH.matcher(text);
        if (m.find()) {
            return Optional.of(new CardReference(Kind.LAST, 0, m.start(), m.end()));
        }
        m = NUMBER_SIGN_ZH.matcher(text);
        // 2号 is a card only among those shown and in no message about a day (2号能到吗).
        if (m.find() && number(m.group(1)) <= shown && !DAY_WORDS_ZH.matcher(text).find()) {
            return Optional.of(new CardReference(Kind.POSITION, number(m.group(1)), m.start(), m.end()));
        }
        m = ORDINAL_EN.matcher(text);
        if (m.find()) {
            String ordinal = m.group(1) != null ? m.group(1) : m.group(2);
            return Optional.of(new CardReference(Kind.POSITION, number(ordinal), m.start(), m.end()));
        }
        m = NUMBER_EN.matcher(text);
        if (m.find()) {
            return Optional.of(new CardReference(Kind.POSITION, number(m.group(1)), m.start(), m.end()));
        }
        m = LAST_EN.matcher(text);
        return m.find() ? Optional.of(new CardReference(Kind.LAST, 0, m.start(), m.end())) : Optional.empty();
    }

    /** 二, 两, 2, "2nd", "second", "two" as a number. */
    static int number(String word) {
        String w = word.replaceAll("(?:st|nd|rd|th)$", "");
        if (w.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(w);
        }
        int ordinal = ORDINALS.indexOf(word);
        if (ordinal >= 0) {
            return ordinal + 1;
        }
        int english = List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten").indexOf(word);
        if (english >= 0) {
            return english + 1;
        }
        return "两".equals(word) ? 2 : "一二三四五六七八九十".indexOf(word) + 1;
    }

    /** The message without the words that point. */
    public String removedFrom(String normalised) {
        return normalised.substring(0, start) + " " + normalised.substring(end);
    }
}
