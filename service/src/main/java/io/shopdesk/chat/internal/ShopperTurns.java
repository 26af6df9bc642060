package io.shopdesk.chat.internal;

import io.shopdesk.chat.AnalysisView;
import io.shopdesk.chat.Handoffs;
import io.shopdesk.chat.TranscriptLine;
import io.shopdesk.chat.TurnResult;
import io.shopdesk.dialogue.ConversationState;
import io.shopdesk.dialogue.DialogueOutcome;
import io.shopdesk.dialogue.DialogueService;
import io.shopdesk.dialogue.Reply;
import io.shopdesk.nlp.Analysis;
import io.shopdesk.nlp.Language;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A checked and analysed shopper message taken through to its stored replies. While a person is in charge the
 * message goes to the transcript (and the agent) and the hand-off answers (in the queue, with the bot's answer when it
 * has one); otherwise the dialogue rules decide and
 * the hand-off ({@link Handoffs}, when the escalation feature is there) may take the conversation over. The turn's
 * lines, the hand-off's writes, a reported account takeover ({@link TakeoverReports}) and the state are stored in one
 * transaction, and the lines are announced after it.
 * Thread-safe; the caller holds the conversation's lock.
 */
public final class ShopperTurns {
    private final DialogueService dialogue;
    private final ObjectProvider<Handoffs> handoffs;
    private final TransactionTemplate transactions;
    private final ConversationRepository conversations;
    private final TranscriptWriter transcripts;
    private final TakeoverReports takeovers;

    public ShopperTurns(DialogueService dialogue, ObjectProvider<Handoffs> handoffs, TransactionTemplate transactions,
                        ConversationRepository conversations, TranscriptWriter transcripts, TakeoverReports takeovers) {
        this.takeovers = takeovers;
        this.dialogue = dialogue;
        this.handoffs = handoffs;
        this.transactions = transactions;
        this.conversations = conversations;
        this.transcripts = transcripts;
    }

    /** Whether the hand-off sent the bot's own replies of {@code outcome} (a question it answered while queued). */
    private static boolean sent(DialogueOutcome outcome, Handoffs.Waiting waiting) {
        return !outcome.replies().isEmpty() && waiting.replies().contains(outcome.replies().getFirst());
    }

    /**
     * The dialogue's memory of a turn whose answer the shopper never got (the queue notice went instead: a fallback, a
     * complaint, something only the person coming can take further) is put back as it was before the turn: a fallback
     * counted towards the next hand-off once the shopper withdrew, a complaint towards the next complaint's, and a
     * follow-up ("why?") read the unsent answer as the last one. What the hand-off itself changed (the queue notice
     * owed) stays.
     */
    private void forget(ConversationState state, String before) {
        boolean owed = state.isQueueNoticeOwed();
        conversations.restore(state, before);
        state.setQueueNoticeOwed(owed);
    }

    /** {@code text} is the message as the shopper typed it, which the transcript keeps (the analysis reads it folded). */
    public TurnResult take(String conversationId, String text, Analysis analysis, ConversationState state) {
        Language replyLanguage = analysis.languageEvident() ? analysis.language()
                : Language.fromTag(state.getLanguage(), Language.ZH);
        state.setLanguage(replyLanguage.code());
        Handoffs handoff = handoffs.getIfAvailable();
        if (handoff != null && state.isHandedOff()) {
            // A person is in charge: the message goes to the transcript (and the agent); while the chat waits in the
            // queue the bot still answers what it can (the hand-off decides), and no second hand-off is planned.
            Handoffs.Waiting[] waiting = new Handoffs.Waiting[1];
            DialogueOutcome[] decided = new DialogueOutcome[1];
            String before = conversations.snapshot(state);
            List<TranscriptLine> lines = transactions.execute(tx -> {
                List<TranscriptLine> added = new ArrayList<>();
                added.add(transcripts.shopper(conversationId, text, analysis));
                waiting[0] = handoff.waiting(conversationId, analysis, state,
                        () -> decided[0] = dialogue.decide(conversationId, analysis, replyLanguage, state));
                waiting[0].replies().forEach(reply -> added.add(transcripts.bot(conversationId, reply, replyLanguage)));
                if (decided[0] != null) {
                    // Someone else in the shopper's account is recorded for the risk rules whatever the shopper was
                    // answered: a report made while queued for a person was lost.
                    takeovers.recordIf(conversationId, decided[0]);
                    if (!sent(decided[0], waiting[0])) {
                        forget(state, before);
                    }
                }
                conversations.saveState(conversationId, state);
                return added;
            });
            transcripts.announce(conversationId, lines);
            return new TurnResult(conversationId, waiting[0].replies(), AnalysisView.of(analysis), waiting[0].status());
        }
        DialogueOutcome outcome = dialogue.decide(conversationId, analysis, replyLanguage, state);
        Handoffs.Plan plan = handoff == null ? null : handoff.plan(conversationId, analysis, outcome).orElse(null);
        List<Reply> replies = plan == null ? outcome.replies() : plan.replies();
        Handoffs.Status[] status = new Handoffs.Status[1];
        List<TranscriptLine> lines = transactions.execute(tx -> {
            List<TranscriptLine> added = new ArrayList<>();
            added.add(transcripts.shopper(conversationId, text, analysis));
            for (Reply reply : replies) {
                added.add(transcripts.bot(conversationId, reply, replyLanguage));
            }
            if (plan != null) {
                status[0] = handoff.open(conversationId, plan, outcome.state());
            }
            // Someone else in the shopper's account: the risk rules hear of it (TakeoverReports).
            takeovers.recordIf(conversationId, outcome);
            conversations.saveState(conversationId, outcome.state());
            return added;
        });
        transcripts.announce(conversationId, lines);
        return new TurnResult(conversationId, replies, AnalysisView.of(analysis), status[0]);
    }
}
