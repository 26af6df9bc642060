package io.shopdesk.recommendation.internal;

import io.shopdesk.nlp.Analysis;
import io.shopdesk.nlp.Token;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@link AskedThing} from a Chinese request: the words between a request frame ("你们卖", "有没有", "有", "卖不卖",
 * "想买", "推荐一款", or the thing first: "手机有卖吗") and the question particle, cut before 给/为/帮 (whom it is for),
 * after the last 的 (适合老人的手机 → 手机) and after a number and measure word (一台, 一款, 点). Every HanLP word in
 * them must be a noun or a modifier and the last a noun ending them (手机坏了 is no thing); words are found by
 * character span, not by exact token, since HanLP may glue a noun to its neighbour (手机有/nt) or take 一台 for a
 * place. Stateless and thread-safe.
 */
final class ChineseRequest {
    private static final int MAX_CHARS = 8;
    private static final String WHO = "(?:你们|你家|贵店|您家)?(?:店里|这里|这儿|这边|那里|这)?";
    private static final String END = "(?:的)?(?:吗|嘛|么|呀|啊|呢)?";
    /** 有没有X(卖)的, 你们卖X吗 / 有X卖吗 / 卖不卖X, X有卖吗 (the thing first), 想买X / 推荐一款X (anywhere, to the end). */
    private static final List<Pattern> FRAMES = List.of(
            "^" + WHO + "(?:有没有|有木有|有无)(?:卖|在卖|出售)?(?<thing>.{1,12}?)(?:卖|出售|在卖)?" + END + "$",
            "^" + WHO + "(?:有没有卖|卖不卖|有卖|在卖|还卖|出售|有|卖)(?<thing>.{1,12}?)(?:卖|出售)?" + END + "$",
            "^" + WHO + "(?<thing>.{1,8}?)(?:有没有卖|有没有|有得卖|有卖|有木有|卖不卖|有吗|卖吗|有)" + END + "$",
            "(?:推荐|想买|要买|想要|需要|我要|买|找|求购)(?:一下)?(?<thing>.{1,12}?)(?:吧|呢|吗|啊|呀)?$")
            .stream().map(Pattern::compile).toList();
    /**
     * A brand or model in Latin letters asked for in a Chinese frame: iPhone 15有吗, 有没有AirPods, 你们卖switch吗. HanLP
     * tags such words nx (no noun it takes) and a model number adds a space, so the frames above never read them and
     * iPhone 15有吗 fell back (stop 30); the catalogue then says whether some product is the thing. An order number
     * (SD10000001有吗) is no thing, nor a size (有XL吗) or a word such as vip.
     */
    private static final String LATIN_THING = "(?<thing>(?!(?i:sd)\\d|(?i:x{0,4}[sml]|[2-6]xl|vip|ok|size|plus|pro|max)(?![A-Za-z0-9]))[A-Za-z][A-Za-z0-9+\\-]*(?: ?[A-Za-z0-9+\\-]+){0,3})";
    private static final List<Pattern> LATIN_FRAMES = List.of(
            "^" + WHO + "(?:有没有卖|有没有|有木有|卖不卖|有卖|在卖|还卖|出售|有|卖)\\s*" + LATIN_THING + "\\s*(?:卖|出售)?" + END + "$",
            "^" + WHO + LATIN_THING + "\\s*(?:有没有卖|有没有|有得卖|有卖|有木有|卖不卖|有吗|卖吗|有货吗|有)" + END + "$")
            .stream().map(Pattern::compile).toList();
    private static final int MAX_LATIN_CHARS = 24;
    private static final Pattern POLITE = Pattern.compile("^(?:请问|问一下|问下|亲|你好|您好)[，,\\s]*");
    private static final Pattern FOR_WHOM = Pattern.compile("(?:送给|给|为|帮).*$");
    private static final Pattern MEASURE = Pattern.compile(
            "^(?:卖|没有|有|买|要)?(?:[一两几这那每]?[个款台件双部只把条套张辆份盒瓶支块本]|一下|一点|点|些|几)?");

    private ChineseRequest() {
    }

    static Optional<AskedThing> thing(Analysis analysis) {
        String text = analysis.text();
        Matcher polite = POLITE.matcher(text.strip());
        int offset = text.indexOf(text.strip()) + (polite.find() ? polite.end() : 0);
        String core = text.substring(offset).replaceFirst("[？?。！!~～.\\s]+$", "");
        for (Pattern frame : LATIN_FRAMES) {
            Matcher m = frame.matcher(core);
            if (m.find() && m.group("thing").length() <= MAX_LATIN_CHARS) {
                String thing = m.group("thing").strip();
                return AskedThing.judged(List.of(thing), "", thing, false);
            }
        }
        for (Pattern frame : FRAMES) {
            Matcher m = frame.matcher(core);
            if (!m.find()) {
                continue;
            }
            int start = offset + m.start("thing");
            String thing = m.group("thing");
            Matcher forWhom = FOR_WHOM.matcher(thing);
            if (forWhom.find()) {
                thing = thing.substring(0, forWhom.start());
            }
            int of = thing.lastIndexOf('的');
            if (of >= 0) {
                start += of + 1;
                thing = thing.substring(of + 1);
            }
            Matcher measure = MEASURE.matcher(thing);
            if (measure.find() && measure.end() > 0) {
                start += measure.end();
                thing = thing.substring(measure.end());
            }
            if (thing.isEmpty() || thing.length() > MAX_CHARS || thing.codePoints().anyMatch(Character::isWhitespace)) {
                continue;
            }
            Optional<String> head = headNoun(analysis.tokens(), start, start + thing.length(), text);
            if (head.isPresent()) {
                return AskedThing.judged(List.of(thing), "", head.get(), false);
            }
        }
        return Optional.empty();
    }

    /**
     * The thing a message names with nothing else (手表, 一块手表, 智能手表？): after a number and measure word, every
     * HanLP word a noun or a modifier, the last a noun ending the message; empty otherwise.
     */
    static Optional<AskedThing> alone(Analysis analysis) {
        String text = analysis.text();
        int start = text.indexOf(text.strip());
        String core = text.strip().replaceFirst("[？?。！!~～.\\s]+$", "");
        Matcher measure = MEASURE.matcher(core);
        if (measure.find() && measure.end() > 0) {
            start += measure.end();
            core = core.substring(measure.end());
        }
        if (core.isEmpty() || core.length() > MAX_CHARS || core.codePoints().anyMatch(Character::isWhitespace)) {
            return Optional.empty();
        }
        String thing = core;
        return headNoun(analysis.tokens(), start, start + core.length(), text)
                .flatMap(head -> AskedThing.judged(List.of(thing), "", head, false));
    }

    /**
     * The part of the last HanLP noun that lies in {@code [start, end)}, when it ends the span and every word of the
     * span is a noun or a modifier (手机坏了 and 改手机号 are no things); otherwise empty.
     */
    private static Optional<String> headNoun(List<Token> tokens, int start, int end, String text) {
        List<Token> inside = tokens.stream().filter(t -> t.start() < end && t.end() > start).toList();
        if (inside.isEmpty() || !inside.stream().allMatch(t -> aNounPhraseWord(t.pos()))) {
            return Optional.empty();
        }
        Token last = inside.getLast();
        boolean noun = last.pos().startsWith("n") && !last.pos().startsWith("nx") && !last.pos().startsWith("nr")
                && !last.pos().startsWith("ns");
        return noun && last.end() >= end
                ? Optional.of(text.substring(Math.max(start, last.start()), end)) : Optional.empty();
    }

    /** HanLP nouns (n…), adjectives (a…), distinguishing words (b…: 电动), verbal nouns (vn) and numerals (m…: 4G). */
    private static boolean aNounPhraseWord(String pos) {
        return pos != null && (pos.startsWith("n") || pos.startsWith("a") || pos.startsWith("b") || pos.equals("vn")
                || pos.startsWith("m"));
    }
}
