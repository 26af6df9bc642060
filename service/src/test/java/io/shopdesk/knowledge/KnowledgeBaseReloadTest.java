package io.shopdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.nlp.ChineseDictionary;
import io.shopdesk.nlp.Language;
import io.shopdesk.nlp.internal.ChineseStage;
import io.shopdesk.nlp.internal.EnglishStage;
import io.shopdesk.nlp.internal.LanguageStage;
import io.shopdesk.nlp.internal.StageTokenizer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

/** Editing the FAQ rebuilds the index; a broken edit is reported and the previous index keeps serving. */
class KnowledgeBaseReloadTest {
    @TempDir
    Path source;

    @Test
    void brokenEditKeepsTheOldIndexAndAGoodEditIsLive() throws Exception {
        FileSystemUtils.copyRecursively(Path.of("knowledge-base"), source);
        ChineseDictionary dictionary = new ChineseDictionary(Path.of("nlp-models/dictionaries"));
        StageTokenizer tokenizer = new StageTokenizer(new LanguageStage(), new ChineseStage(dictionary), new EnglishStage());
        try (KnowledgeBase kb = new KnowledgeBase(new KnowledgeSettings(source, 0.35, 0.1, 0.12, 0.8, 0.5, 5, Duration.ofHours(1)),
                dictionary, tokenizer)) {
            kb.awaitBuilt();
            Path faq = source.resolve("faq/faq-en.yml");
            String original = Files.readString(faq);

            Files.writeString(faq, "- id: [unclosed\n  questions: oops\n", StandardCharsets.UTF_8);
            KnowledgeBase.BuildStatus failed = kb.rebuild();
            assertThat(failed.ok()).isFalse();
            assertThat(failed.message()).contains("faq-en.yml");
            assertThat(kb.search("How do I return a jacket?", Language.EN).answer().orElseThrow().entry().id())
                    .isEqualTo("returns-how-to");

            Files.writeString(faq, original + """
                    - id: engraving
                      category: orders
                      questions:
                        - Do you offer engraving?
                        - Can you engrave a name on my watch?
                        - Is personal engraving available?
                      answer: Yes, choose engraving at checkout for 30 yuan.
                      tags: [engraving]
                    """, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
            assertThat(kb.rebuild().ok()).isTrue();
            // (An entry the shipped FAQ does not have: its gift wrapping, since stop 31, would take a gift question.)
            assertThat(kb.search("can you engrave it", Language.EN).answer().orElseThrow().entry().id())
                    .isEqualTo("engraving");

            // One question is how most shops write an FAQ entry.
            Files.writeString(faq, """
                    - id: antarctica
                      category: shipping
                      questions:
                        - Do you ship to Antarctica?
                      answer: No, we cannot deliver to Antarctica.
                    """, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            KnowledgeBase.BuildStatus single = kb.rebuild();
            assertThat(single.ok()).as(single.message()).isTrue();
            assertThat(kb.search("do you ship to antarctica", Language.EN).answer().orElseThrow().entry().id())
                    .isEqualTo("antarctica");
        }
    }
}
