package io.shopdesk.ruleengine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which intents the rules answer is read from what the engine compiled, not from the rule file's lines. Before, a
 * comment on a line about an intent (// "track_parcel" …) made the intent count as answered, and a rule that gave the
 * intent to a function of its own (Turn( asksAboutGiftWrap( intent ) )) on a line without the literal did not.
 */
class SelectedValuesTest {
    @TempDir
    Path dir;

    @Test
    void comparisonsAndFunctionsOfTheCompiledRulesSelectCommentsAndNegationsDoNot() throws IOException {
        Path set = Files.createDirectories(dir.resolve("probe"));
        Files.writeString(set.resolve("probe.drl"), """
                package shopdesk.probe;
                import io.shopdesk.dialogue.Turn;

                // Gift wrapping is asked in many ways; the rules below call this with the turn's intent.
                function boolean asksAboutGiftWrap(String label, String text) {
                    return "gift_wrap".equals(label) || text.contains("gift");
                }

                function boolean anyQuestion(String label) {
                    return label.length() > 0;
                }

                // Someday: intent == "track_parcel", answered here (only a comment).
                rule "NotThanks"
                when
                    Turn( intent != "thanks", intent not in ( "goodbye" ) ) // "return_item" on a line about the intent
                then
                end

                rule "GiftWrap"
                when
                    $t : Turn( asksAboutGiftWrap( intent, text ) )
                then
                end

                rule "Anything"
                when
                    Turn( anyQuestion( intent ) )
                then
                end

                rule "Listed"
                when
                    Turn( intent in ( "order_status", "refund_request" ) || "greeting".equals( intent ) )
                then
                end
                """);
        CompiledRuleSet rules = RuleEngine.compile(set);

        assertThat(rules.selectedValues("intent", List.of("track_parcel", "return_item", "thanks", "goodbye",
                "gift_wrap", "order_status", "refund_request", "greeting", "size_chart")))
                .containsExactly("gift_wrap", "order_status", "refund_request", "greeting");
    }

    /**
     * A function given the intent only inside {@code eval( … )} (compiled into the rule's own class, with no text kept):
     * before, such a rule was not seen, and the release warned that its intent had no answer. Read through the fact
     * ({@code $t.getIntent()}) or a variable bound to the intent ({@code $i : intent}); a commented-out eval and an eval
     * that gives the function the text, not the intent, select nothing.
     */
    @Test
    void aFunctionGivenTheIntentInsideAnEvalSelectsLikeOneInAConstraint() throws IOException {
        Path set = Files.createDirectories(dir.resolve("evals"));
        Files.writeString(set.resolve("evals.drl"), """
                package shopdesk.evals;
                import io.shopdesk.dialogue.Turn;

                function boolean welcomes(String label) {
                    return "greet".equals(label) || "hi".equals(label);
                }

                function boolean isFarewell(String label) {
                    return "bye".equals(label);
                }

                function boolean saysGoodbye(String text) {
                    return "goodbye".equals(text);
                }

                rule "Welcome"
                when
                    $t : Turn()
                    eval( welcomes( $t.getIntent() ) )
                then
                end

                rule "Farewell"
                when
                    Turn( $i : intent, $x : text )
                    not( eval( !isFarewell( $i ) /* || "thanks".equals( $i ) */ ) )
                    eval( saysGoodbye( $x ) )
                    // eval( intent == "order_status" )
                then
                end
                """);
        CompiledRuleSet rules = RuleEngine.compile(set);

        assertThat(rules.selectedValues("intent", List.of("greet", "thanks", "hi", "bye", "goodbye",
                "order_status"))).containsExactly("greet", "hi", "bye");
    }
}
