package io.shopdesk.chat;

/** A stored attachment with its bytes, for the download. The array is the caller's to send, not to change. */
public record AttachmentFile(Attachment attachment, byte[] content) {
}
