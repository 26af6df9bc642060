package io.shopdesk.dialogue.internal;

import io.shopdesk.nlp.Entity;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A delivery address written in a shopper's message, for a new address of their order: "改成上海市浦东新区世纪大道100号",
 * "地址是北京朝阳区建国路88号", "to 88 Nanjing Road, Shanghai", "Room 1802, Tower B, 88 Century Avenue, Shanghai". Read
 * by its wording, in either language whatever the chat's (an English-speaking shopper in China writes the address in
 * Chinese): a Chinese one has an area (a province, city, district or county, or a place HanLP named) and a house
 * number (…号, …弄, …室, …栋) or an estate (…小区, …公寓, …大厦, …村); an English one a house number and a street word
 * (88 Nanjing Road, Nanjing Road 88). The address runs from where it starts (after 改成, 寄到, "to"; at its area, its
 * flat or its house number) to the end of the message, without the pleasantries after it.
 * <p>
 * {@link #mentioned()}: the message names something an address is made of but not a whole one ("上海", "改到浦东",
 * "Nanjing Road", "to Shanghai"): the rules then ask for the full address. CoreNLP's places are not read: that stage is
 * off the hot path. Immutable and thread-safe; {@link #in} is stateless.
 *
 * @param text  the whole address as written, or null when the message has none
 * @param start where it starts in the message, -1 without one
 * @param end   where it ends (exclusive), -1 without one
 * @param mentioned whether the message names anything an address is made of, a whole address or a part of one
 */
public record DeliveryAddress(String text, int start, int end, boolean mentioned) {
    /** No address, nor any part of one. */
    public static final DeliveryAddress NONE = new DeliveryAddress(null, -1, -1, false);
    /** Part of an address, not a whole one. */
    static final DeliveryAddress PART = new DeliveryAddress(null, -1, -1, true);

    /** A message longer than this is no answer giving an address; an address longer than this is no address. */
    static final int MAX_MESSAGE = 300;
    static final int MAX_ADDRESS = 200;

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    /** Words after which a Chinese address starts: 改成…, 寄到…, 地址是…, "to …". */
    private static final Pattern ZH_CUE = Pattern.compile("(?:改成|改为|改到|换成|换到|换为|更改为|更改成|修改为|修改成|变更为"
            + "|更新为|寄到|送到|发到|寄往|送往|发往|寄去|送去|地址(?:是|为)[:：]?|地址[:：]|新地址|(?i:\\b(?:to|is|into)\\b)\\s*[:：]?)");
    private static final Pattern PROVINCE = Pattern.compile("北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西"
            + "|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门");
    /** An area: a province, or a name ending in 市, 区, 县, 镇, 乡 that is no market (超市), city (城市) or district word (小区, 社区). */
    private static final Pattern AREA = Pattern.compile("(?:省|自治区|特别行政区)"
            + "|\\p{IsHan}(?<![超城都菜门集夜股上])市(?![场民长政值面])"
            + "|\\p{IsHan}(?<![地社景园专郊山灾片商分街市校城辖禁税小])区|\\p{IsHan}[县镇乡]");
    private static final Pattern HOUSE = Pattern.compile("(?<![0-9A-Za-z])[0-9０-９]{1,5}[A-Za-z]?\\s*(?:号|弄|栋|幢|座|单元|室|层|楼)"
            + "|[一二三四五六七八九十百千零〇两]+\\s*(?:号|弄|栋|幢|单元)");
    private static final Pattern STREET = Pattern.compile("\\p{IsHan}(?:路|街|大道|大街|巷|弄|胡同)(?![由线费口边上况途过人子])");
    private static final Pattern ESTATE = Pattern.compile("\\p{IsHan}(?:小区|花园|公寓|大厦|新村|家园|村|苑)");
    private static final Pattern ZH_TAIL = Pattern.compile(
            "(?:[\\s，,。.!！~～？?、；;]|吧|哦|呢|啊|呀|哈|了|谢谢(?:你|您)?|麻烦(?:你|您)?了|(?i:SD)[0-9]{8})+$");

    /** Street words no common English word shares; "way", "place", "close" and the like need a capitalised name. */
    private static final String STREET_WORD = "(?:street|st|road|rd|avenue|ave|boulevard|blvd|highway|hwy|parkway|pkwy"
            + "|lu|jie|dadao|lane|ln|alley)";
    private static final String COMMON_STREET_WORD = "(?:way|place|pl|close|court|ct|drive|dr|square|sq|terrace|crescent)";
    private static final String NAME_WORD = "[A-Za-z][\\w'’.-]*";
    private static final String CAPITALISED = "[A-Z][\\w'’.-]*";
    private static final String HOUSE_NUMBER = "(?:(?i:no\\.?)\\s*)?[0-9]{1,5}[A-Za-z]?(?:[-/][0-9]{1,5})?";
    private static final Pattern EN_STREET = Pattern.compile(
            "\\b" + HOUSE_NUMBER + ",?\\s+(?:" + NAME_WORD + "\\s+){0,4}?(?i:" + STREET_WORD + ")\\b\\.?"
            + "|\\b" + HOUSE_NUMBER + ",?\\s+(?:" + NAME_WORD + "\\s+){0,3}?" + CAPITALISED + "\\s+(?i:" + COMMON_STREET_WORD + ")\\b\\.?"
            + "|\\b(?:" + CAPITALISED + "\\s+){1,4}(?i:" + STREET_WORD + "|" + COMMON_STREET_WORD + ")\\b\\.?,?\\s*"
            + HOUSE_NUMBER + "\\b");
    /** A flat, floor or building before the street: "Room 1802, Tower B, ", "Apt 5, ". */
    private static final Pattern EN_UNIT_BEFORE = Pattern.compile("(?i)(?:\\b(?:room|rm|apt|apartment|flat|unit|suite|ste"
            + "|floor|fl|level|building|bldg|tower|block|blk)\\.?\\s*#?[\\w-]+\\s*,?\\s*)+$");
    private static final Pattern EN_TAIL = Pattern.compile(
            "(?i)(?:[\\s,.;:!]|\\b(?:please|pls|thanks|thank you|thank u|thx|ty|cheers|instead)\\b)+$");
    private static final Pattern EN_PART = Pattern.compile("(?i)\\b(?:street|road|avenue|boulevard|lane|apartment|apt"
            + "|room|floor|building|district|province|city|postcode|zip code|beijing|shanghai|tianjin|chongqing|guangzhou"
            + "|shenzhen|hangzhou|nanjing|suzhou|chengdu|wuhan|xi'?an|changsha|zhengzhou|jinan|qingdao|dalian|shenyang"
            + "|harbin|changchun|kunming|guiyang|nanning|fuzhou|xiamen|hefei|nanchang|taiyuan|shijiazhuang|hohhot|lanzhou"
            + "|xining|yinchuan|urumqi|lhasa|haikou|sanya|ningbo|wuxi|dongguan|foshan|hong kong|macau|macao|taipei"
            + "|guangdong|zhejiang|jiangsu|sichuan|fujian|shandong|hubei|hunan|henan|hebei|yunnan)\\b");

    /** Whether the message has a whole address ({@link #text()}). */
    public boolean complete() {
        return text != null;
    }

    /**
     * The address in {@code message}, a part of one, or {@link #NONE}. {@code places}: the place names HanLP found in
     * it (Chinese messages; may be empty), whose offsets are the message's.
     */
    public static DeliveryAddress in(String message, List<Entity> places) {
        if (message == null || message.isBlank() || message.length() > MAX_MESSAGE) {
            return NONE;
        }
        boolean part = false;
        if (HAN.matcher(message).find()) {
            DeliveryAddress chinese = chinese(message, places);
            if (chinese.complete()) {
                return chinese;
            }
            part = chinese.mentioned();
        }
        DeliveryAddress english = english(message);
        if (english.complete()) {
            return english;
        }
        return part || english.mentioned() ? PART : NONE;
    }

    /** Whether the address covers the characters from {@code start} to {@code end} of the message. */
    public boolean covers(int start, int end) {
        return complete() && this.start <= start && end <= this.end;
    }

    private static DeliveryAddress chinese(String message, List<Entity> places) {
        int start = start(message, places);
        String candidate = message.substring(start);
        int end = start + candidate.length();
        Matcher tail = ZH_TAIL.matcher(candidate);
        if (tail.find()) {
            end = start + tail.start();
        }
        candidate = message.substring(start, end);
        boolean area = PROVINCE.matcher(candidate).find() || AREA.matcher(candidate).find()
                || places.stream().anyMatch(p -> p.start() >= start && p.text().length() >= 2);
        boolean house = HOUSE.matcher(candidate).find();
        boolean estate = ESTATE.matcher(candidate).find();
        if (area && (house || estate) && candidate.length() >= 6 && candidate.length() <= MAX_ADDRESS) {
            return new DeliveryAddress(candidate, start, end, true);
        }
        boolean part = area || house || estate || STREET.matcher(candidate).find()
                || places.stream().anyMatch(p -> p.text().length() >= 2);
        return part ? PART : NONE;
    }

    /**
     * Where a Chinese address starts: after the last cue (改成, 寄到, 地址是, "to") that has an area or a house number
     * after it; else at the first place HanLP named or province; else where the message starts.
     */
    private static int start(String message, List<Entity> places) {
        int start = -1;
        Matcher cue = ZH_CUE.matcher(message);
        while (cue.find()) {
            String after = message.substring(cue.end());
            if (AREA.matcher(after).find() || PROVINCE.matcher(after).find() || HOUSE.matcher(after).find()) {
                start = cue.end();
            }
        }
        if (start < 0) {
            start = places.stream().filter(p -> p.text().length() >= 2).mapToInt(Entity::start).min().orElse(-1);
            Matcher province = PROVINCE.matcher(message);
            if (province.find() && (start < 0 || province.start() < start)) {
                start = province.start();
            }
        }
        if (start < 0) {
            start = 0;
        }
        while (start < message.length() && !Character.isLetterOrDigit(message.charAt(start))) {
            start++;
        }
        return start;
    }

    private static DeliveryAddress english(String message) {
        Matcher street = EN_STREET.matcher(message);
        if (!street.find()) {
            return EN_PART.matcher(message).find() ? PART : NONE;
        }
        int start = street.start();
        Matcher unit = EN_UNIT_BEFORE.matcher(message.substring(0, start));
        if (unit.find()) {
            start = unit.start();
        }
        int end = message.indexOf('?', street.end());
        end = end < 0 ? message.length() : end;
        Matcher tail = EN_TAIL.matcher(message.substring(start, end));
        if (tail.find()) {
            end = start + tail.start();
        }
        if (end - start > MAX_ADDRESS) {
            return PART;
        }
        return new DeliveryAddress(message.substring(start, end), start, end, true);
    }
}
