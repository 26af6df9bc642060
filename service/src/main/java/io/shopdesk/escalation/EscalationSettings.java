package io.shopdesk.escalation;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param ruleSet                        the rule set under {@code rules/} that decides escalations
 * @param fallbacksBeforeEscalation      consecutive misunderstandings after which a person takes over
 * @param highValueOrder                 order total from which a complaint goes to a person at once, and a parcel the
 *                                       shopper never got is served with high priority
 * @param negativeSentiment              sentiment (-1..1) at or below which a turn counts as negative
 * @param veryNegativeSentiment          sentiment (-1..1) at or below which the shopper is clearly upset: a person
 *                                       takes over at once
 * @param negativeTurnsBeforeEscalation  negative turns in a row after which a person takes over when the bot could
 *                                       not answer the last one
 * @param sentimentLexicon               the Chinese sentiment lexicon (CSV {@code word,score})
 * @param englishSentimentLexicon        the English outburst lexicon (CSV {@code word,score}), scored on the reply path
 *                                       whatever {@code englishSentiment} says
 * @param englishSentiment               {@code corenlp}: English sentiment by CoreNLP, after the reply (off the hot
 *                                       path); {@code off}: none
 * @param englishSentimentQueue          English messages waiting for sentiment; beyond it the oldest are skipped
 *                                       (logged)
 * @param englishVeryNegativeProbability CoreNLP's probability of "very negative" from which a sentence counts as very
 *                                       negative (-1) though "negative" is likelier: the model seldom picks "very
 *                                       negative" outright, even for "This is the worst service ever"
 * @param presenceGrace                  how long an agent whose console socket dropped still counts as present (a page
 *                                       reload, a short network loss) before they are offline
 * @param cannedReplies                  the agent console's canned replies ({@code canned-replies-<lang>.yml}),
 *                                       reloaded when the folder changes
 * @param requeueHeldAtStart             whether the chats held when the service starts go back to their queues once
 *                                       the presence grace ends for an agent whose console has not connected again
 *                                       (on by default; off only where several services share one database while
 *                                       each keeps its own agents' presence, as the test contexts do)
 * @param presenceHeartbeat              how often an instance renews, in the database, the agents present on it
 *                                       (table {@code agent_heartbeats}); a row not renewed for three heartbeats has
 *                                       expired: with several instances on one database, an agent connected to any of
 *                                       them is present on all, so none requeues their chats
 * @param sharedPresence                 whether this instance writes its agents' presence to the database and reads the
 *                                       other instances' (on by default; off only where services share one database
 *                                       while each stands for a desk of its own, as the test contexts do)
 * @param queuePositionRefresh           how often an instance reads the queue again and tells the shoppers connected to
 *                                       it whose place changed without an event here (a chat claimed or closed on
 *                                       another instance of the same database); 0 turns it off. One light query of the
 *                                       queued chats each time, and a count for each one whose shopper is connected here
 */
@ConfigurationProperties("shopdesk.escalation")
public record EscalationSettings(@DefaultValue("escalation") String ruleSet,
                                 @DefaultValue("2") int fallbacksBeforeEscalation,
                                 @DefaultValue("2000") double highValueOrder,
                                 @DefaultValue("-0.5") double negativeSentiment,
                                 @DefaultValue("-0.8") double veryNegativeSentiment,
                                 @DefaultValue("3") int negativeTurnsBeforeEscalation,
                                 @DefaultValue("nlp-models/sentiment/zh-sentiment.csv") Path sentimentLexicon,
                                 @DefaultValue("nlp-models/sentiment/en-sentiment.csv") Path englishSentimentLexicon,
                                 @DefaultValue("corenlp") String englishSentiment,
                                 @DefaultValue("200") int englishSentimentQueue,
                                 @DefaultValue("0.3") double englishVeryNegativeProbability,
                                 @DefaultValue("30s") java.time.Duration presenceGrace,
                                 @DefaultValue("knowledge-base/canned-replies") Path cannedReplies,
                                 @DefaultValue("true") boolean requeueHeldAtStart,
                                 @DefaultValue("10s") java.time.Duration presenceHeartbeat,
                                 @DefaultValue("true") boolean sharedPresence,
                                 @DefaultValue("5s") java.time.Duration queuePositionRefresh) {

    public EscalationSettings {
        if (presenceHeartbeat == null || presenceHeartbeat.isNegative() || presenceHeartbeat.isZero()) {
            throw new IllegalArgumentException("shopdesk.escalation.presence-heartbeat must be positive, was "
                    + presenceHeartbeat);
        }
        if (queuePositionRefresh == null || queuePositionRefresh.isNegative()) {
            throw new IllegalArgumentException("shopdesk.escalation.queue-position-refresh must be 0 (off) or positive, was "
                    + queuePositionRefresh);
        }
    }

    public EscalationPolicy policy() {
        return new EscalationPolicy(fallbacksBeforeEscalation, highValueOrder, negativeSentiment, veryNegativeSentiment,
                negativeTurnsBeforeEscalation);
    }
}
