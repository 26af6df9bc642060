package io.shopdesk.dialogue;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param ruleSet                         the rule set under {@code rules/} that decides turns
 * @param suggestions                     how many close FAQ questions a fallback offers
 * @param wrongPhoneDigitsPerConversation wrong phone digits for one order in one conversation after which the bot
 *                                        stops checking them there and hands the chat to a person
 * @param wrongPhoneDigitsPerOrder        wrong phone digits for one order from all conversations within
 *                                        {@code wrongPhoneDigitsWindow} after which nobody can prove it in the chat
 *                                        (a new conversation buys no new guesses)
 * @param wrongPhoneDigitsWindow          how long a wrong try counts towards {@code wrongPhoneDigitsPerOrder}
 * @param returnDays                      days after delivery for a return or exchange without a reason (the FAQ's
 *                                        7-day no-reason returns); the rules compare an order's days with it
 * @param defectiveReturnDays             days after delivery for returning a faulty item (the FAQ's 30)
 * @param slightlyLateDays                days past an undelivered order's estimated delivery that are only slightly
 *                                        late: a shopper chasing it is given the tracking again; beyond them, the first
 *                                        follow-up goes to a person who can open an investigation with the carrier
 * @param notReceivedReportDays           days after delivery within which a parcel the shopper says they never got is
 *                                        investigated with the carrier (the FAQ's 7): within them a colleague opens the
 *                                        investigation, after them a colleague sees what can still be done
 * @param invoiceDays                     days after delivery within which an order's electronic invoice can still be
 *                                        requested or its title changed in My Orders (the FAQ's 90); after them a
 *                                        colleague helps
 * @param damagedParcelReportHours        hours after delivery within which a parcel damaged on the way is reported for a
 *                                        free replacement or refund (the FAQ's 48); a later report goes to a colleague
 *                                        who sees what can still be done, and the reply names the hours
 * @param questionMinIntentConfidence     how sure the intent model must be of each question of a message that asks
 *                                        several, one the FAQ cannot answer, for the message to be answered question
 *                                        by question (else it is answered whole)
 * @param instalmentPlans                 the folder with {@code instalment-plans.csv}, the plans the chat quotes monthly
 *                                        amounts from (watched: an edit takes effect without a restart)
 * @param maxRuleFirings                  how many rule firings one turn may take before it stops as a rule loop: the
 *                                        shopper gets the {@code fallback.rule_error} reply and the log names the
 *                                        looping rules. The largest turn of the scenarios fires 6 (docs/benchmarks.md)
 * @param replayAtStartUp                 whether the files on disk at start-up are replayed against
 *                                        {@code gate/decisions.yml} once the language models are ready, the last version
 *                                        that went live serving meanwhile when they are not its files (true); false: they
 *                                        go live unreplayed (tests that share a database and never edit the rules).
 *                                        The same for the word lists ({@code words/}): lists on disk that are not
 *                                        those accepted last wait behind them for the replay (true), or serve at once (false)
 * @param replayWithoutStages             the language stages ({@code shopdesk.nlp.stages}) whose output the recorded
 *                                        decisions ({@code gate/decisions.yml}) are recorded and replayed without
 *                                        (corenlp: the recording command turns it off). The start-up replay waits only
 *                                        for the other stages, so it does not wait for CoreNLP's minutes of loading
 */
@ConfigurationProperties("shopdesk.dialogue")
public record DialogueSettings(@DefaultValue("dialogue") String ruleSet,
                               @DefaultValue("3") int suggestions,
                               @DefaultValue("3") int wrongPhoneDigitsPerConversation,
                               @DefaultValue("10") int wrongPhoneDigitsPerOrder,
                               @DefaultValue("1h") Duration wrongPhoneDigitsWindow,
                               @DefaultValue("7") int returnDays,
                               @DefaultValue("30") int defectiveReturnDays,
                               @DefaultValue("3") int slightlyLateDays,
                               @DefaultValue("7") int notReceivedReportDays,
                               @DefaultValue("90") int invoiceDays,
                               @DefaultValue("48") int damagedParcelReportHours,
                               @DefaultValue("0.8") double questionMinIntentConfidence,
                               @DefaultValue("knowledge-base/instalments") java.nio.file.Path instalmentPlans,
                               @DefaultValue("10000") int maxRuleFirings,
                               @DefaultValue("true") boolean replayAtStartUp,
                               @DefaultValue("corenlp") java.util.Set<String> replayWithoutStages) {

    public DialogueSettings {
        if (maxRuleFirings < 1) {
            throw new IllegalArgumentException("shopdesk.dialogue.max-rule-firings must be at least 1, was "
                    + maxRuleFirings);
        }
        if (wrongPhoneDigitsPerConversation < 1 || wrongPhoneDigitsPerOrder < 1) {
            throw new IllegalArgumentException("shopdesk.dialogue.wrong-phone-digits-per-conversation and -per-order "
                    + "must be at least 1, were " + wrongPhoneDigitsPerConversation + " and " + wrongPhoneDigitsPerOrder);
        }
        if (wrongPhoneDigitsWindow.isNegative() || wrongPhoneDigitsWindow.isZero()) {
            throw new IllegalArgumentException("shopdesk.dialogue.wrong-phone-digits-window must be positive, was "
                    + wrongPhoneDigitsWindow);
        }
        if (returnDays < 0 || defectiveReturnDays < returnDays) {
            throw new IllegalArgumentException("shopdesk.dialogue.return-days must be at least 0 and "
                    + "defective-return-days at least as many, were " + returnDays + " and " + defectiveReturnDays);
        }
        if (slightlyLateDays < 0) {
            throw new IllegalArgumentException("shopdesk.dialogue.slightly-late-days must be at least 0, was "
                    + slightlyLateDays);
        }
        if (notReceivedReportDays < 0) {
            throw new IllegalArgumentException("shopdesk.dialogue.not-received-report-days must be at least 0, was "
                    + notReceivedReportDays);
        }
        if (invoiceDays < 0) {
            throw new IllegalArgumentException("shopdesk.dialogue.invoice-days must be at least 0, was " + invoiceDays);
        }
        if (damagedParcelReportHours < 1) {
            throw new IllegalArgumentException("shopdesk.dialogue.damaged-parcel-report-hours must be at least 1, was "
                    + damagedParcelReportHours);
        }
    }

    /** The limits as the dialogue rules see them. */
    public VerificationPolicy verificationPolicy() {
        return new VerificationPolicy(wrongPhoneDigitsPerConversation, wrongPhoneDigitsPerOrder);
    }

    /** The return windows as the dialogue rules see them. */
    public ReturnWindow returnWindow() {
        return new ReturnWindow(returnDays, defectiveReturnDays);
    }

    /** How late is slightly late, as the dialogue rules see it. */
    public LateDeliveryPolicy lateDeliveryPolicy() {
        return new LateDeliveryPolicy(slightlyLateDays);
    }

    /** How long after delivery a missing parcel is investigated, as the dialogue rules see it. */
    public NotReceivedPolicy notReceivedPolicy() {
        return new NotReceivedPolicy(notReceivedReportDays);
    }

    /** How long after delivery an invoice can be requested, as the dialogue rules see it. */
    public InvoiceWindow invoiceWindow() {
        return new InvoiceWindow(invoiceDays);
    }

    /** How soon after delivery a damaged parcel is reported, as the dialogue rules see it. */
    public DamagedParcelPolicy damagedParcelPolicy() {
        return new DamagedParcelPolicy(damagedParcelReportHours);
    }

    /** The shop's policies each turn's rules see as facts, one of each kind. */
    public List<Object> ruleFacts() {
        return List.of(verificationPolicy(), returnWindow(), lateDeliveryPolicy(), notReceivedPolicy(),
                invoiceWindow(), damagedParcelPolicy());
    }
}
