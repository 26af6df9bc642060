package io.shopdesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first byte that is not UTF-8 is named by the line and column an editor shows, not by its offset. */
class DataFileTest {
    @TempDir
    Path dir;

    @Test
    void theColumnCountsCharactersAndAByteOrderMarkIsUtf8() throws IOException {
        byte[] gbkAfterChinese = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 't', 'e', 'x', 't', '\r', '\n',
                (byte) 0xE4, (byte) 0xBD, (byte) 0xA0, (byte) 0xE5, (byte) 0xA5, (byte) 0xBD, (byte) 0xC4, (byte) 0xE3, '\n'};
        Path file = Files.write(dir.resolve("gbk.csv"), gbkAfterChinese);

        assertThat(DataFile.notUtf8(file)).contains(file + ":2: not UTF-8 (byte 0xC4 in column 3); save the file as UTF-8 "
                + "(in Excel: CSV UTF-8)");
        assertThat(DataFile.notUtf8(Files.writeString(dir.resolve("ok.csv"), "\uFEFFtext\r\n你好\n"))).isEmpty();
        assertThat(DataFile.notUtf8(Files.write(dir.resolve("cut.csv"), new byte[] {'a', '\n', (byte) 0xE4, (byte) 0xBD})))
                .as("a character cut off at the end").contains(dir.resolve("cut.csv") + ":2: not UTF-8 (byte 0xE4 in column 1); "
                        + "save the file as UTF-8 (in Excel: CSV UTF-8)");
    }

    @Test
    void aFolderAndAMissingFileAreToldApart() {
        assertThat(DataFile.absent(dir)).contains(dir + ": is a folder; give a file");
        assertThat(DataFile.absent(dir.resolve("nope.csv"))).contains(dir.resolve("nope.csv") + ": no such file");
    }
}
