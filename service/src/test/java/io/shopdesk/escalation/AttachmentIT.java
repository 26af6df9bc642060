package io.shopdesk.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.ShopDeskTest;
import io.shopdesk.chat.ShopperIdentities;
import io.shopdesk.chat.ShopperIdentity;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A shopper sends a photo in the chat and the agent sees it, through the real multipart upload, the real database and
 * the console's login: the file's bytes decide its type, the limits answer 413/415/400, another conversation's file
 * is not served, the agent downloads it and hears of it live, and the bot answers it in the conversation's language.
 */
@ShopDeskTest
class AttachmentIT {
    final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    record Upload(int status, JsonNode body) {
    }

    @Test
    void aJpegAndAPngAreStoredAnsweredAndInTheHistory() throws Exception {
        String cid = ShopperHttp.send(port, null, "hello", "en").get("conversationId").asString();
        byte[] jpeg = image("jpg");
        Upload photo = upload(cid, "C:\\Users\\me\\Pictures\\parcel.jpg", "image/jpeg", jpeg, null);
        assertThat(photo.status()).as(photo.body().toString()).isEqualTo(201);
        assertThat(photo.body().at("/attachment/contentType").asString()).isEqualTo("image/jpeg");
        assertThat(photo.body().at("/attachment/name").asString()).isEqualTo("parcel.jpg");
        assertThat(photo.body().at("/attachment/size").asLong()).isEqualTo(jpeg.length);
        assertThat(photo.body().at("/attachment/sha256").asString()).isEqualTo(sha256(jpeg));
        assertThat(photo.body().at("/replies/0/data/code").asString()).isEqualTo("attachment_received");
        assertThat(photo.body().at("/replies/0/data/about").asString()).isEqualTo("unknown");
        assertThat(photo.body().at("/replies/0/text").asString()).isEqualTo("Thanks, I've received your photo "
                + "\"parcel.jpg\". What is it about: a damaged parcel, a faulty or wrong item, or something else? If "
                + "it's about an order, please send me the order number too.");

        // A PNG sent as "application/octet-stream" under a .jpg name is a PNG: its bytes say so.
        byte[] png = image("png");
        Upload second = upload(cid, "screenshot.jpg", "application/octet-stream", png, null);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.body().at("/attachment/contentType").asString()).isEqualTo("image/png");
        assertThat(second.body().at("/attachment/name").asString()).isEqualTo("screenshot.jpg.png");

        HttpResponse<byte[]> download = get(photo.body().at("/attachment/url").asString(), null, http);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(jpeg);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("inline; filename=\"parcel.jpg\"");

        JsonNode history = json(get("/api/chat/conversations/" + cid + "/messages", null, http));
        JsonNode line = history.get("messages").get(2);
        assertThat(line.get("role").asString()).isEqualTo("shopper");
        assertThat(line.get("type").asString()).isEqualTo("attachment");
        assertThat(line.get("text").asString()).isEqualTo("parcel.jpg");
        assertThat(line.at("/data/attachmentId").asLong()).isEqualTo(photo.body().at("/attachment/attachmentId").asLong());
        assertThat(line.at("/data/contentType").asString()).isEqualTo("image/jpeg");
        assertThat(line.at("/data/size").asLong()).isEqualTo(jpeg.length);
        assertThat(history.get("messages").get(3).at("/data/code").asString()).isEqualTo("attachment_received");
    }

    @Test
    void aFileIsJudgedByItsBytesAndItsSize() throws Exception {
        String cid = ShopperHttp.send(port, null, "hello", "en").get("conversationId").asString();
        Upload text = upload(cid, "photo.jpg", "image/jpeg", "just some text, not a photo".getBytes(StandardCharsets.UTF_8),
                null);
        assertThat(text.status()).isEqualTo(415);
        assertThat(text.body().at("/error/code").asString()).isEqualTo("unsupported_attachment_type");
        assertThat(text.body().at("/replies/0/data/detected").asString()).isEqualTo("unknown");
        assertThat(text.body().at("/replies/0/text").asString()).startsWith("That kind of file can't be sent here.");

        byte[] heic = new byte[64];
        System.arraycopy("\0\0\0\u0018ftypheic".getBytes(StandardCharsets.ISO_8859_1), 0, heic, 0, 12);
        Upload iphone = upload(cid, "IMG_0001.HEIC", "image/heic", heic, null);
        assertThat(iphone.status()).isEqualTo(415);
        assertThat(iphone.body().at("/replies/0/data/detected").asString()).isEqualTo("image/heic");

        byte[] big = new byte[8 * 1024 * 1024 + 1];
        System.arraycopy(image("jpg"), 0, big, 0, 100);
        Upload tooBig = upload(cid, "huge.jpg", "image/jpeg", big, null);
        assertThat(tooBig.status()).isEqualTo(413);
        assertThat(tooBig.body().at("/error/code").asString()).isEqualTo("attachment_too_large");
        assertThat(tooBig.body().at("/replies/0/text").asString())
                .isEqualTo("That file is too large: files can be at most 8 MB. Please send a smaller photo or PDF.");

        Upload pdf = upload(cid, "receipt.pdf", "application/pdf",
                "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII), null);
        assertThat(pdf.status()).isEqualTo(201);
        HttpResponse<byte[]> saved = get(pdf.body().at("/attachment/url").asString(), null, http);
        assertThat(saved.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(saved.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;");
        // Nothing refused reached the transcript.
        JsonNode history = json(get("/api/chat/conversations/" + cid + "/messages", null, http));
        assertThat(history.get("messages").valueStream().filter(m -> m.get("type").asString().equals("attachment"))
                .map(m -> m.get("text").asString()).toList()).containsExactly("receipt.pdf");
    }

    @Test
    void aConversationHoldsAtMostTwentyFiles() throws Exception {
        String cid = ShopperHttp.send(port, null, "你好", "zh").get("conversationId").asString();
        byte[] png = image("png");
        for (int i = 1; i <= 20; i++) {
            assertThat(uploadPaced(cid, "p" + i + ".png", png).status()).isEqualTo(201);
        }
        Upload oneTooMany = uploadPaced(cid, "p21.png", png);
        assertThat(oneTooMany.status()).isEqualTo(400);
        assertThat(oneTooMany.body().at("/error/code").asString()).isEqualTo("too_many_attachments");
        assertThat(oneTooMany.body().at("/replies/0/text").asString())
                .isEqualTo("这个会话已经有 20 个文件，达到上限了。其余的请用文字描述，或开始新的会话。");
    }

    @Test
    void nobodyButTheConversationsShopperAndAgentsGetsItsFiles() throws Exception {
        ShopperIdentity customer = ShopperIdentities.signed(1);
        JsonNode first = post("/api/chat/messages", Map.of("text", "hello", "locale", "en",
                "identity", Map.of("customerId", customer.customerId(), "expires", customer.expires(),
                        "signature", customer.signature())));
        String signedCid = first.get("conversationId").asString();
        byte[] jpeg = image("jpg");
        assertThat(upload(signedCid, "mine.jpg", "image/jpeg", jpeg, null).status())
                .as("no identity for a signed-in shopper's conversation").isEqualTo(403);
        assertThat(upload(signedCid, "x.jpg", "image/jpeg", "text".getBytes(StandardCharsets.UTF_8), null).status())
                .as("a stranger hears nothing about their file").isEqualTo(403);
        Upload mine = upload(signedCid, "mine.jpg", "image/jpeg", jpeg, customer);
        assertThat(mine.status()).isEqualTo(201);
        String url = mine.body().at("/attachment/url").asString();
        long id = mine.body().at("/attachment/attachmentId").asLong();

        assertThat(get(url, customer, http).statusCode()).isEqualTo(200);
        HttpResponse<byte[]> stranger = get(url, null, http);
        assertThat(stranger.statusCode()).isEqualTo(403);
        assertThat(json(stranger).at("/error/code").asString()).isEqualTo("identity_mismatch");
        assertThat(get(url, ShopperIdentities.signed(2), http).statusCode()).isEqualTo(403);
        // Another shopper's own conversation id does not open this file.
        String otherCid = ShopperHttp.send(port, null, "hello", "en").get("conversationId").asString();
        HttpResponse<byte[]> viaOther = get("/api/chat/conversations/" + otherCid + "/attachments/" + id, null, http);
        assertThat(viaOther.statusCode()).isEqualTo(404);
        assertThat(json(viaOther).at("/error/code").asString()).isEqualTo("unknown_attachment");
        assertThat(upload("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "x.jpg", "image/jpeg", jpeg, null).status())
                .isEqualTo(404);

        try (AgentSession agent = new AgentSession(port)) {
            agent.login("agent1", "shopdesk");
            HttpResponse<byte[]> asAgent = get(url, null, agent.http);
            assertThat(asAgent.statusCode()).isEqualTo(200);
            assertThat(asAgent.body()).isEqualTo(jpeg);
        }
    }

    @Test
    void aPhotoOfAFaultyItemIsKeptForTheColleague() throws Exception {
        String cid = ShopperHttp.send(port, null, "the jacket I received is torn", "en").get("conversationId").asString();
        Upload photo = upload(cid, "torn jacket.jpg", "image/jpeg", image("jpg"), null);
        assertThat(photo.body().at("/replies/0/data/about").asString()).isEqualTo("problem");
        assertThat(photo.body().at("/replies/0/text").asString()).isEqualTo("Thank you, I've received your photo "
                + "\"torn jacket.jpg\" and attached it to this conversation, so the colleague who looks into the problem "
                + "sees it too. Please send me the order number (it looks like SD12345678) so I can tell you how to get "
                + "it sorted.");
        // The question the bot asked before the photo still stands: the order number is answered as such.
        JsonNode next = ShopperHttp.send(port, cid, "SD10000002", "en");
        assertThat(next.at("/replies/0/data/slot").asString()).isEqualTo("phone_last4");
        JsonNode verified = ShopperHttp.send(port, cid, "4321", "en");
        assertThat(verified.at("/replies/0/data/request").asString()).isEqualTo("faulty");
        Upload second = upload(cid, "label.jpg", "image/jpeg", image("jpg"), null);
        assertThat(second.body().at("/replies/0/data/orderId").asString()).isEqualTo("SD10000002");
        assertThat(second.body().at("/replies/0/text").asString()).isEqualTo("Thank you, I've received your photo "
                + "\"label.jpg\" and attached it to this conversation about order SD10000002, so the colleague who "
                + "looks into the problem sees it too. For a free return or replacement, please also add it when you "
                + "tap Apply for Return in My Orders.");

        String zh = ShopperHttp.send(port, null, "收到的围巾有破洞", "zh").get("conversationId").asString();
        Upload zhPhoto = upload(zh, "围巾.png", "image/png", image("png"), null);
        assertThat(zhPhoto.body().at("/replies/0/text").asString()).isEqualTo("谢谢，已收到您的照片“围巾.png”，已附在这个会话中，"
                + "处理问题的同事也能看到。请发一下订单号（类似 SD12345678），我来告诉您怎么处理。");
    }

    @Test
    void theAgentSeesAPhotoSentWhileTheShopperWaits() throws Exception {
        JsonNode handoff = ShopperHttp.send(port, null, "I want to talk to a human agent", "en");
        String cid = handoff.get("conversationId").asString();
        assertThat(handoff.at("/handoff/status").asString()).isEqualTo("queued");
        try (AgentSession agent = new AgentSession(port)) {
            agent.login("agent1", "shopdesk");
            agent.connect();
            String topic = "/topic/agent/conversations/" + cid;
            agent.subscribe(topic);
            Upload photo = upload(cid, "broken.jpg", "image/jpeg", image("jpg"), null);
            assertThat(photo.status()).isEqualTo(201);
            assertThat(photo.body().at("/replies/0/data/code").asString()).isEqualTo("in_queue");
            assertThat(photo.body().at("/handoff/status").asString()).isEqualTo("queued");
            JsonNode live = agent.next(topic, f -> "attachment".equals(f.at("/message/type").asString()));
            assertThat(live.at("/message/text").asString()).isEqualTo("broken.jpg");
            assertThat(live.at("/message/data/url").asString()).isEqualTo(photo.body().at("/attachment/url").asString());
        }
    }

    /** An upload that waits out the rate limit (tests share burst 20, 5 per second) instead of failing on it. */
    private Upload uploadPaced(String cid, String name, byte[] content) throws Exception {
        for (int attempt = 0; ; attempt++) {
            Upload upload = upload(cid, name, "image/png", content, null);
            if (upload.status() != 429 || attempt == 20) {
                return upload;
            }
            Thread.sleep(250);
        }
    }

    private Upload upload(String cid, String name, String declaredType, byte[] content, ShopperIdentity identity)
            throws Exception {
        String boundary = "----shopdesk" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: " + declaredType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/chat/conversations/" + cid + "/attachments"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        identify(request, identity);
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Upload(response.statusCode(), AgentSession.JSON.readTree(response.body()));
    }

    private HttpResponse<byte[]> get(String path, ShopperIdentity identity, HttpClient client) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        identify(request, identity);
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private JsonNode post(String path, Map<String, Object> body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(AgentSession.JSON.writeValueAsString(new LinkedHashMap<>(body))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return AgentSession.JSON.readTree(response.body());
    }

    private static void identify(HttpRequest.Builder request, ShopperIdentity identity) {
        if (identity != null) {
            request.header("X-ShopDesk-Customer", identity.customerId().toString())
                    .header("X-ShopDesk-Expires", identity.expires().toString())
                    .header("X-ShopDesk-Signature", identity.signature());
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static JsonNode json(HttpResponse<byte[]> response) {
        return AgentSession.JSON.readTree(new String(response.body(), StandardCharsets.UTF_8));
    }

    /** A tiny valid image (4×4 pixels) of the given ImageIO format. */
    static byte[] image(String format) throws Exception {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, Color.RED.getRGB());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, format, out)).isTrue();
        return out.toByteArray();
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
