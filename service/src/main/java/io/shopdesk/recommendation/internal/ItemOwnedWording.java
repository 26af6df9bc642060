package io.shopdesk.recommendation.internal;

import java.util.regex.Pattern;

/**
 * Whether a Chinese message speaks of an item the shopper already bought or received: 我买的羽绒服可以机洗吗,
 * 刚收到的鞋子怎么清洗, 之前买的耳机怎么连蓝牙, 买回来的锅能用电磁炉吗. Such a shopper asks how to look after or use what they
 * have; down jackets to buy beside the care answer read as an advert (stop 30). Not a request that names what they
 * bought to find something that goes with it (我买的手机有配套的壳吗 is a product request, which the intent model and
 * the rules keep). Chinese only: the English chat reads its own words. Stateless and thread-safe.
 */
public final class ItemOwnedWording {

    /** 我买的, 刚买的, 之前买的, 收到的: not 我想买的, 要买的 (a wish), nor 买的时候 (when buying). */
    private static final Pattern OWNED = Pattern.compile(
            "(?s).*(?:(?:我|刚|才|新|之前|以前|上次|上周|上礼拜|上个月|前几天|前两天|前天|昨天|今天|去年|在你们这|在你们家|在这)"
                    + "(?:买|购买|入手|拿到)|收到)(?:了)?的(?!时候|话).*");
    private static final Pattern BOUGHT_BACK = Pattern.compile("(?s).*(?:买回来|到手)的.*");

    private ItemOwnedWording() {
    }

    /** Whether {@code text} speaks of an item the shopper already has, in Chinese words. */
    public static boolean speaksOfItemOwned(String text) {
        return text != null && text.length() <= 80
                && (OWNED.matcher(text).matches() || BOUGHT_BACK.matcher(text).matches());
    }
}
