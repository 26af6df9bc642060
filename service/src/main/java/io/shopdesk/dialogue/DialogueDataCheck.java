package io.shopdesk.dialogue;

import io.shopdesk.dialogue.internal.InstalmentPlansInService;
import io.shopdesk.dialogue.internal.ReplyTemplates;
import io.shopdesk.dialogue.internal.ReplyTextsCheck;
import io.shopdesk.dialogue.internal.WordListsCheck;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The offline check of the data files the dialogue reads beside its rules, for {@code rules check rules/dialogue}: the
 * word lists ({@code words/*.csv}), the reply texts of both languages ({@code replies/}) and, when given, the
 * instalment plan table. It runs the readers the service runs on start and on reload, so a file this check passes is
 * one the service takes, and a bad line is found before it is committed rather than logged on the next reload.
 * Stateless and thread-safe.
 *
 * @param checked  what was read, for the summary ("word lists", "reply texts", "instalment plans")
 * @param problems one line per problem, most as {@code file:line: reason}; empty when every file reads
 * @param warnings one line per thing the service takes but a team should look at ({@code file:line: warning: ...}): a
 *                 reply key only one language has ({@link ReplyTextsCheck#oneLanguageOnly}); they fail nothing
 */
public record DialogueDataCheck(List<String> checked, List<String> problems, List<String> warnings) {

    public DialogueDataCheck {
        checked = List.copyOf(checked);
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    /**
     * Checks the data files of the dialogue rule set in {@code ruleFolder}.
     *
     * @param instalmentPlans the folder with {@code instalment-plans.csv} (what {@code shopdesk.dialogue.instalment-plans}
     *                        names, e.g. {@code knowledge-base/instalments}); null to leave the table unchecked
     */
    public static DialogueDataCheck of(Path ruleFolder, Path instalmentPlans) {
        List<String> checked = new ArrayList<>(List.of("word lists", "reply texts"));
        List<String> problems = new ArrayList<>(WordListsCheck.problems(ruleFolder.resolve("words")));
        List<String> warnings = new ArrayList<>();
        List<String> unreadable = ReplyTemplates.problems(ruleFolder.resolve("replies"));
        problems.addAll(unreadable);
        if (unreadable.isEmpty()) {
            // Placeholders as the service checks them on a reload (no texts in service to compare keys with here).
            ReplyTemplates texts = ReplyTemplates.load(ruleFolder.resolve("replies"));
            problems.addAll(ReplyTextsCheck.problems(ruleFolder.resolve("replies"), texts, null));
            warnings.addAll(ReplyTextsCheck.oneLanguageOnly(ruleFolder.resolve("replies"), texts));
        }
        if (instalmentPlans != null) {
            checked.add("instalment plans");
            problems.addAll(InstalmentPlansInService.problems(instalmentPlans));
        }
        return new DialogueDataCheck(checked, problems, warnings);
    }
}
