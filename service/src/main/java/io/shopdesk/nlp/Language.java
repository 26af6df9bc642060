package io.shopdesk.nlp;

import java.util.Locale;

/** The languages ShopDesk serves. Everything that is not Chinese is answered in English. */
public enum Language {
    ZH, EN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses "zh", "zh-CN", "en-US"…; anything unknown or null gives {@code fallback}. */
    public static Language fromTag(String tag, Language fallback) {
        if (tag == null || tag.isBlank()) {
            return fallback;
        }
        String t = tag.trim().toLowerCase(Locale.ROOT);
        if (t.startsWith("zh")) {
            return ZH;
        }
        if (t.startsWith("en")) {
            return EN;
        }
        return fallback;
    }
}
