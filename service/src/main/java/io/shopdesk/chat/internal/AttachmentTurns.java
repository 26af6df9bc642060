package io.shopdesk.chat.internal;

import io.shopdesk.chat.Attachment;
import io.shopdesk.chat.AttachmentResult;
import io.shopdesk.chat.ChatException;
import io.shopdesk.chat.ChatSettings;
import io.shopdesk.chat.Handoffs;
import io.shopdesk.chat.TranscriptLine;
import io.shopdesk.dialogue.ConversationState;
import io.shopdesk.dialogue.DialogueService;
import io.shopdesk.dialogue.Reply;
import io.shopdesk.nlp.Language;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A file a shopper sends, taken through like a message but without the language pipeline (there is no text to
 * analyse): checked (its bytes say what it is, {@link AttachmentTypes}; its size; how many the conversation holds),
 * stored with a transcript line of type {@code attachment} that the shopper's history and the agent's console show,
 * and answered. While a person is in charge the hand-off answers ({@link Handoffs#attached}); otherwise the dialogue
 * rules decide the bot's answer ({@link DialogueService#acknowledgeAttachment}). The file, its line, the replies and the state are written in one
 * transaction and the lines announced after it, as for a message. Thread-safe; the caller holds the conversation's lock.
 */
public final class AttachmentTurns {
    private final AttachmentRepository attachments;
    private final ChatSettings.Attachments settings;
    private final DialogueService dialogue;
    private final ObjectProvider<Handoffs> handoffs;
    private final TransactionTemplate transactions;
    private final ConversationRepository conversations;
    private final TranscriptWriter transcripts;

    public AttachmentTurns(AttachmentRepository attachments, ChatSettings.Attachments settings, DialogueService dialogue,
                           ObjectProvider<Handoffs> handoffs, TransactionTemplate transactions,
                           ConversationRepository conversations, TranscriptWriter transcripts) {
        this.attachments = attachments;
        this.settings = settings;
        this.dialogue = dialogue;
        this.handoffs = handoffs;
        this.transactions = transactions;
        this.conversations = conversations;
        this.transcripts = transcripts;
    }

    /**
     * The type of {@code content} if the conversation may take it (before the conversation's lock: nothing here
     * depends on it).
     *
     * @throws ChatException {@code missing_attachment}, {@code attachment_too_large} or
     *                       {@code unsupported_attachment_type}
     */
    public String check(byte[] content) {
        if (content == null || content.length == 0) {
            throw new ChatException("missing_attachment", "Send the file as the multipart part \"file\"", Map.of());
        }
        long limit = settings.maxSize().toBytes();
        if (content.length > limit) {
            throw tooLarge(limit, content.length);
        }
        return AttachmentTypes.sniff(content).orElseThrow(() -> new ChatException("unsupported_attachment_type",
                "Only JPEG, PNG and WebP photos and PDF files can be sent",
                Map.of("accepted", AttachmentTypes.ACCEPTED, "detected", AttachmentTypes.refusedKind(content))));
    }

    /** {@code attachment_too_large} for a file of {@code size} bytes ({@code -1}: not known, cut off on arrival). */
    public static ChatException tooLarge(long limit, long size) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("limit", limit);
        details.put("limitMb", Math.max(1, limit / (1024 * 1024)));
        if (size >= 0) {
            details.put("size", size);
        }
        return new ChatException("attachment_too_large", "The file is larger than " + limit + " bytes", details);
    }

    /**
     * Stores the checked file ({@code contentType} from {@link #check}) and answers it.
     *
     * @throws ChatException {@code too_many_attachments} when the conversation holds the most it may
     */
    public AttachmentResult take(String conversationId, String originalName, byte[] content, String contentType,
                                 ConversationState state) {
        if (attachments.count(conversationId) >= settings.maxPerConversation()) {
            throw new ChatException("too_many_attachments", "This conversation holds the most files it may",
                    Map.of("limit", settings.maxPerConversation()));
        }
        Language language = Language.fromTag(state.getLanguage(), Language.ZH);
        String name = AttachmentNames.sanitise(originalName, contentType);
        String sha256 = sha256(content);
        Handoffs handoff = state.isHandedOff() ? handoffs.getIfAvailable() : null;
        Attachment[] stored = new Attachment[1];
        Handoffs.Status[] status = new Handoffs.Status[1];
        List<Reply> replies = new ArrayList<>();
        List<TranscriptLine> lines = transactions.execute(tx -> {
            List<TranscriptLine> added = new ArrayList<>();
            stored[0] = attachments.add(conversationId, name, contentType, content, sha256, conversations.now());
            added.add(transcripts.other(conversationId, "shopper", "attachment", name, lineData(stored[0]),
                    language.code()));
            if (handoff != null) {
                Handoffs.Waiting waiting = handoff.attached(conversationId, state);
                replies.addAll(waiting.replies());
                status[0] = waiting.status();
            } else {
                replies.add(dialogue.acknowledgeAttachment(stored[0].id(), stored[0].name(), stored[0].isImage(),
                        state, language));
            }
            replies.forEach(reply -> added.add(transcripts.bot(conversationId, reply, language)));
            conversations.saveState(conversationId, state);
            return added;
        });
        transcripts.announce(conversationId, lines);
        return new AttachmentResult(conversationId, stored[0], List.copyOf(replies), status[0]);
    }

    /** What the transcript line carries: enough for the widget and the console to show and fetch the file. */
    static Map<String, Object> lineData(Attachment attachment) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("attachmentId", attachment.id());
        data.put("name", attachment.name());
        data.put("contentType", attachment.contentType());
        data.put("size", attachment.size());
        data.put("sha256", attachment.sha256());
        data.put("url", attachment.url());
        return data;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
