package io.shopdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.dialogue.internal.AdviceDidNotWork;
import io.shopdesk.dialogue.internal.BotIdentityQuestion;
import io.shopdesk.dialogue.internal.BriefFollowUp;
import io.shopdesk.dialogue.internal.CapabilityQuestion;
import io.shopdesk.dialogue.internal.ContactQuestion;
import io.shopdesk.dialogue.internal.HaggleRequest;
import io.shopdesk.dialogue.internal.HurryRequest;
import io.shopdesk.dialogue.internal.MissingParcelReport;
import io.shopdesk.dialogue.internal.NotArrivedYet;
import io.shopdesk.dialogue.internal.WhatToDoQuestion;
import io.shopdesk.nlp.Analysis;
import io.shopdesk.nlp.Language;
import io.shopdesk.recommendation.ProductProblem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Turn's wording checks, remembered after the first read, answer as the wording classes do. */
class TurnTest {

    static Turn turn(String text, Language language) {
        Analysis analysis = new Analysis(text, language, false, true, language.code(), List.of(), List.of(), null, Map.of());
        return new Turn(analysis, language.code(), false, false, false, ProductProblem.NONE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            it's still not here                      | en
            怎么还没到                                | zh
            can you give me a discount?              | en
            能便宜点吗                                | zh
            can you hurry it up?                     | en
            帮我催一下                                | zh
            what should I do?                        | en
            那怎么办                                  | zh
            still doesn't work                       | en
            还是不行                                  | zh
            it says delivered but I never got it     | en
            显示已签收但是我没收到                      | zh
            and 6 months?                            | en
            6期呢                                    | zh
            are you a robot?                         | en
            是真人吗                                  | zh
            what can you do?                         | en
            那你能干嘛                                | zh
            How do I return a jacket?                | en
            退款多久到账                               | zh
            what's your customer service phone number? | en
            客服几点上班                               | zh
            """)
    void everyCheckAnswersAsItsWordingClassOnEveryRead(String text, String code) {
        Turn turn = turn(text, Language.fromTag(code, Language.ZH));
        for (int read = 1; read <= 2; read++) {
            assertThat(List.of(turn.isNotArrivedYet(), turn.isHaggles(), turn.isUrgesOn(), turn.isAsksWhatToDo(),
                    turn.isAdviceDidNotWork(), turn.isReportsMissingParcel(), turn.isBriefFollowUp(),
                    turn.isAsksIfBot(), turn.isAsksWhatTheBotDoes(), turn.isAsksForContactDetails()))
                    .as("read %d of %s", read, text)
                    .containsExactly(NotArrivedYet.says(text, code), HaggleRequest.asks(text, code),
                            HurryRequest.asks(text, code), WhatToDoQuestion.asks(text, code),
                            AdviceDidNotWork.says(text, code), MissingParcelReport.says(text, code),
                            BriefFollowUp.is(text, code), BotIdentityQuestion.asks(text, code),
                            CapabilityQuestion.asks(text), ContactQuestion.asks(text, code));
            assertThat(turn.isMistypedOrderId()).as("read %d of %s", read, text).isFalse();
        }
    }

    @Test
    void eachCheckIsTheOneItsMessageHas() {
        assertThat(turn("it's still not here", Language.EN).isNotArrivedYet()).isTrue();
        assertThat(turn("it's still not here", Language.EN).isHaggles()).isFalse();
        assertThat(turn("能便宜点吗", Language.ZH).isHaggles()).isTrue();
        assertThat(turn("能便宜点吗", Language.ZH).isNotArrivedYet()).isFalse();
        assertThat(turn("帮我催一下", Language.ZH).isUrgesOn()).isTrue();
        assertThat(turn("还是不行", Language.ZH).isAdviceDidNotWork()).isTrue();
        assertThat(turn("where is SD1000001?", Language.EN).isMistypedOrderId()).isTrue();
        assertThat(turn("客服几点上班", Language.ZH).isAsksForContactDetails()).isTrue();
        // A check of one language is not read in the other: the same words in an English turn.
        assertThat(turn("怎么还没到", Language.EN).isNotArrivedYet()).isFalse();
    }

    /** Yes and no come from the service's live word lists (YesNoAnswers), handed in: a turn without one says neither. */
    @Test
    void saysYesOrNoAsHandedIn() {
        Analysis analysis = new Analysis("好的", Language.ZH, false, true, "zh", List.of(), List.of(), null, Map.of());
        Turn yes = new Turn(analysis, "zh", false, false, false, ProductProblem.NONE, false, "ok", List.of(), "yes");
        Turn no = new Turn(analysis, "zh", false, false, false, ProductProblem.NONE, false, null, List.of(), "no");
        assertThat(List.of(yes.isSaysYes(), yes.isSaysNo(), no.isSaysYes(), no.isSaysNo()))
                .containsExactly(true, false, false, true);
        assertThat(List.of(turn("好的", Language.ZH).isSaysYes(), turn("不用了", Language.ZH).isSaysNo()))
                .containsExactly(false, false);
    }
}
