package io.shopdesk.chat;

import java.time.Instant;

/**
 * A file a shopper sent in a conversation, as the transcript and the download describe it (the bytes stay in the
 * database until asked for). Immutable.
 *
 * @param name        the shopper's file name, sanitised ({@code AttachmentNames})
 * @param contentType the type its bytes showed (image/jpeg, image/png, image/webp, application/pdf), never the one
 *                    the browser declared
 * @param size        bytes
 * @param sha256      lower-case hex SHA-256 of the bytes, as stored
 */
public record Attachment(long id, String conversationId, String name, String contentType, long size, String sha256,
                         Instant at) {

    /** Where the shopper and agents download it. */
    public String url() {
        return "/api/chat/conversations/" + conversationId + "/attachments/" + id;
    }

    public boolean isImage() {
        return contentType.startsWith("image/");
    }
}
