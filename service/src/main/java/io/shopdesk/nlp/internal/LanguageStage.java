package io.shopdesk.nlp.internal;

import io.shopdesk.nlp.Annotations;
import io.shopdesk.nlp.Key;
import io.shopdesk.nlp.Keys;
import io.shopdesk.nlp.Language;
import io.shopdesk.nlp.Stage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.langdetect.ThreadSafeLanguageDetectorME;
import org.springframework.stereotype.Component;

/**
 * Decides whether a message is Chinese or English. Han characters decide first (OpenNLP's detector is unreliable
 * on short text); long Latin-script text goes to OpenNLP langdetect, whose code is kept for the record. A message
 * of Han characters with English words in it is Chinese and marked mixed. Thread-safe.
 */
@Component
public class LanguageStage implements Stage {
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{2,}");
    private static final Pattern ORDER_ID_LIKE = Pattern.compile("(?i)^sd\\d*$");
    private static final int MIN_LETTERS_FOR_DETECTOR = 20;

    private final ThreadSafeLanguageDetectorME detector;

    public LanguageStage() {
        try (InputStream in = LanguageStage.class.getResourceAsStream("/langdetect-183.bin")) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP langdetect model langdetect-183.bin is not on the classpath");
            }
            this.detector = new ThreadSafeLanguageDetectorME(new LanguageDetectorModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the OpenNLP langdetect model", e);
        }
    }

    @Override
    public String name() {
        return "language";
    }

    @Override
    public Set<Key<?>> requires() {
        return Set.of();
    }

    @Override
    public Set<Key<?>> provides() {
        return Set.of(Keys.LANGUAGE, Keys.MIXED_LANGUAGE, Keys.LANGUAGE_EVIDENT, Keys.LANGUAGE_CODE);
    }

    @Override
    public void process(Annotations annotations) {
        String text = annotations.text();
        int han = 0;
        int latinLetters = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                han++;
            } else if (cp < 128 && Character.isLetter(cp)) {
                latinLetters++;
            }
            i += Character.charCount(cp);
        }
        int latinWords = countLatinWords(text);
        if (han > 0) {
            annotations.put(Keys.LANGUAGE, Language.ZH);
            annotations.put(Keys.MIXED_LANGUAGE, latinWords > 0);
            annotations.put(Keys.LANGUAGE_EVIDENT, true);
            annotations.put(Keys.LANGUAGE_CODE, "cmn");
            return;
        }
        annotations.put(Keys.LANGUAGE, Language.EN);
        annotations.put(Keys.MIXED_LANGUAGE, false);
        annotations.put(Keys.LANGUAGE_EVIDENT, latinWords > 0);
        annotations.put(Keys.LANGUAGE_CODE, latinLetters >= MIN_LETTERS_FOR_DETECTOR
                ? detector.predictLanguage(text).getLang()
                : (latinWords > 0 ? "eng" : "und"));
    }

    private static int countLatinWords(String text) {
        int words = 0;
        Matcher m = LATIN_WORD.matcher(text);
        while (m.find()) {
            int end = m.end();
            while (end < text.length() && Character.isDigit(text.charAt(end))) {
                end++;
            }
            if (!ORDER_ID_LIKE.matcher(text.substring(m.start(), end)).matches()) {
                words++;
            }
        }
        return words;
    }
}
