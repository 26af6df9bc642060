package io.shopdesk.chat.internal;

import io.shopdesk.chat.AttachmentFile;
import io.shopdesk.chat.AttachmentResult;
import io.shopdesk.chat.ChatException;
import io.shopdesk.chat.ChatService;
import io.shopdesk.chat.Handoffs;
import io.shopdesk.dialogue.Reply;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Files in a conversation over HTTP: the shopper uploads one (multipart, part {@code file}) and the shopper or an
 * agent downloads it. Uploads and shopper downloads are authorised like the conversation's history (its id, and a
 * signed-in customer's identity headers); a logged-in agent or supervisor (the console's session) may download any.
 * A download is served only as the type its bytes showed, with {@code nosniff} and a sandboxing policy, so a file
 * can never run as a page of ShopDesk's origin.
 */
@RestController
class AttachmentController {
    /** The console's roles (the escalation feature's login) that may read every conversation's files. */
    private static final List<String> AGENT_ROLES = List.of("AGENT", "SUPERVISOR");

    private final ChatService chat;

    AttachmentController(ChatService chat) {
        this.chat = chat;
    }

    record Uploaded(String conversationId, Map<String, Object> attachment, List<Reply> replies,
                    Handoffs.Status handoff) {
    }

    @PostMapping(path = "/api/chat/conversations/{cid}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Uploaded> upload(@PathVariable String cid, @RequestPart("file") MultipartFile file,
                                    @RequestParam(required = false) String locale,
                                    @RequestHeader(name = IdentityHeaders.CUSTOMER, required = false) String customer,
                                    @RequestHeader(name = IdentityHeaders.EXPIRES, required = false) String expires,
                                    @RequestHeader(name = IdentityHeaders.SIGNATURE, required = false) String signature) {
        AttachmentResult result = chat.attach(cid, file.getOriginalFilename(), bytes(file), locale,
                IdentityHeaders.of(customer, expires, signature));
        return ResponseEntity.created(URI.create(result.attachment().url()))
                .body(new Uploaded(cid, AttachmentTurns.lineData(result.attachment()), result.replies(),
                        result.handoff()));
    }

    @GetMapping("/api/chat/conversations/{cid}/attachments/{id}")
    ResponseEntity<byte[]> download(@PathVariable String cid, @PathVariable long id, HttpServletRequest http,
                                    @RequestHeader(name = IdentityHeaders.CUSTOMER, required = false) String customer,
                                    @RequestHeader(name = IdentityHeaders.EXPIRES, required = false) String expires,
                                    @RequestHeader(name = IdentityHeaders.SIGNATURE, required = false) String signature) {
        boolean agent = AGENT_ROLES.stream().anyMatch(http::isUserInRole);
        AttachmentFile file = chat.attachment(cid, id, IdentityHeaders.of(customer, expires, signature), agent);
        // Photos open in the page (the widget's bubble, the console's thumbnail); a PDF is saved, not rendered here.
        ContentDisposition disposition = (file.attachment().isImage() ? ContentDisposition.inline()
                : ContentDisposition.attachment()).filename(file.attachment().name(), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.attachment().contentType()))
                .contentLength(file.content().length)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .cacheControl(CacheControl.noStore().cachePrivate())
                .eTag("\"" + file.attachment().sha256() + "\"")
                .body(file.content());
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the uploaded file", e);
        }
    }

    @ExceptionHandler(ChatException.class)
    ResponseEntity<ChatRestController.ErrorBody> chatError(ChatException e, HttpServletRequest http) {
        return ChatErrors.body(chat, e, http);
    }

    /** No part {@code file}, or a body that is not multipart at all. */
    @ExceptionHandler({MissingServletRequestPartException.class, MultipartException.class})
    ResponseEntity<ChatRestController.ErrorBody> noFile(Exception e, HttpServletRequest http) {
        return ChatErrors.body(chat, new ChatException("missing_attachment",
                "Send the file as the multipart/form-data part \"file\"", Map.of()), http);
    }
}
