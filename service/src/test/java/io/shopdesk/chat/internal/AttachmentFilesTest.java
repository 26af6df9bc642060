package io.shopdesk.chat.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What a shopper's file is (its first bytes, not its name) and the name it is kept under. */
class AttachmentFilesTest {

    private static byte[] bytes(String latin1) {
        return latin1.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void theFirstBytesSayWhatAFileIs() {
        assertThat(AttachmentTypes.sniff(bytes("\u00FF\u00D8\u00FF\u00E0\0\u0010JFIF"))).hasValue("image/jpeg");
        assertThat(AttachmentTypes.sniff(bytes("\u0089PNG\r\n\u001A\n\0\0\0\rIHDR"))).hasValue("image/png");
        assertThat(AttachmentTypes.sniff(bytes("RIFF\u0024\0\0\0WEBPVP8 "))).hasValue("image/webp");
        assertThat(AttachmentTypes.sniff(bytes("%PDF-1.7\n"))).hasValue("application/pdf");
        // A RIFF that is not WebP (a WAV), HTML, SVG, a PNG signature cut short: none of them.
        assertThat(AttachmentTypes.sniff(bytes("RIFF\u0024\0\0\0WAVEfmt "))).isEmpty();
        assertThat(AttachmentTypes.sniff(bytes("<html><script>alert(1)</script>"))).isEmpty();
        assertThat(AttachmentTypes.sniff(bytes("<svg xmlns=\"http://www.w3.org/2000/svg\"/>"))).isEmpty();
        assertThat(AttachmentTypes.sniff(bytes("\u0089PNG"))).isEmpty();
        assertThat(AttachmentTypes.sniff(new byte[0])).isEmpty();
    }

    @Test
    void anIphonePhotoIsRecognisedToBeRefusedByName() {
        assertThat(AttachmentTypes.refusedKind(bytes("\0\0\0\u0018ftypheic\0\0\0\0"))).isEqualTo("image/heic");
        assertThat(AttachmentTypes.refusedKind(bytes("\0\0\0\u0018ftypmif1\0\0\0\0"))).isEqualTo("image/heic");
        assertThat(AttachmentTypes.refusedKind(bytes("\0\0\0\u0018ftypisom\0\0\0\0"))).as("an MP4 video")
                .isEqualTo("unknown");
        assertThat(AttachmentTypes.refusedKind(bytes("hello"))).isEqualTo("unknown");
    }

    @Test
    void aNameKeepsItsLastSegmentWithoutInvisibleOrPathCharacters() {
        assertThat(AttachmentNames.sanitise("C:\\Users\\me\\Pictures\\parcel.jpg", "image/jpeg")).isEqualTo("parcel.jpg");
        assertThat(AttachmentNames.sanitise("../../etc/passwd.png", "image/png")).isEqualTo("passwd.png");
        assertThat(AttachmentNames.sanitise("IMG_2041.JPEG", "image/jpeg")).isEqualTo("IMG_2041.JPEG");
        assertThat(AttachmentNames.sanitise("破损的包裹.webp", "image/webp")).isEqualTo("破损的包裹.webp");
        // A right-to-left override would show "invoice\u202Efdp.exe" as "invoiceexe.pdf".
        assertThat(AttachmentNames.sanitise("invoice\u202Egpj.exe", "image/jpeg")).isEqualTo("invoicegpj.exe.jpg");
        assertThat(AttachmentNames.sanitise("a\u0000b\r\n<c>?.pdf", "application/pdf")).isEqualTo("ab_c__.pdf");
        assertThat(AttachmentNames.sanitise(".hidden.png", "image/png")).isEqualTo("hidden.png");
    }

    @Test
    void theExtensionFollowsTheBytesAndAMissingNameGetsOne() {
        assertThat(AttachmentNames.sanitise("photo.jpg", "image/png")).isEqualTo("photo.jpg.png");
        assertThat(AttachmentNames.sanitise("receipt", "application/pdf")).isEqualTo("receipt.pdf");
        assertThat(AttachmentNames.sanitise(null, "image/jpeg")).isEqualTo("attachment.jpg");
        assertThat(AttachmentNames.sanitise("  \u200B ", "image/webp")).isEqualTo("attachment.webp");
        String longName = "x".repeat(300) + ".png";
        assertThat(AttachmentNames.sanitise(longName, "image/png")).isEqualTo("x".repeat(96) + ".png");
    }
}
