package org.bss.identity.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bss.identity.csv.CsvFiles.concat;
import static org.bss.identity.csv.CsvFiles.fileRefused;
import static org.bss.identity.csv.CsvFiles.utf8;

import java.nio.charset.StandardCharsets;
import org.bss.common.ValidationException;
import org.junit.jupiter.api.Test;

/** File level: encoding, byte order mark, line ends, empty files. */
class Utf8LinesTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Test
    void splitsOnLfAndCrLfAndKeepsALastLineWithoutEnd() {
        byte[] data = "a\r\nb\nc\r\n\r\nd".getBytes(StandardCharsets.UTF_8);
        assertThat(Utf8Lines.split(data)).containsExactly("a", "b", "c", "", "d");
        assertThat(Utf8Lines.split("a\n".getBytes(StandardCharsets.UTF_8))).containsExactly("a");
        assertThat(Utf8Lines.split(new byte[0])).isEmpty();
    }

    @Test
    void skipsALeadingByteOrderMarkOnly() {
        assertThat(Utf8Lines.split(concat(BOM, utf8("u1,u1@example.com,en")))).containsExactly("u1,u1@example.com,en");
        assertThat(Utf8Lines.split(concat(utf8("a", ""), BOM, utf8("b")))).containsExactly("a", "\uFEFFb");
    }

    @Test
    void crLfFileWithBomParsesWithLineNumbers() {
        byte[] data = concat(
                BOM,
                "u1,u1@example.com,en\r\n\r\nu2,bad,de\r\nu3,u3@example.com,ja,MS\r\n"
                        .getBytes(StandardCharsets.UTF_8));
        UserCsvContent content = new UserCsvParser().parse(data, false);
        assertThat(content.rows())
                .extracting(UserCsvRow::line, UserCsvRow::userId, UserCsvRow::salutation)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "u1", null),
                        org.assertj.core.groups.Tuple.tuple(4, "u3", "MS"));
        assertThat(content.rows().get(0).locale()).isEqualTo("en");
        assertThat(content.rejected())
                .singleElement()
                .satisfies(r -> CsvFiles.assertRejected(r, 3, "account.field.email"));
    }

    @Test
    void malformedUtf8NamesTheLineOfTheFirstBadByte() {
        byte[] latin1 =
                "u1,u1@example.com,de\nu2,u2@example.com,de\nm\u00fcller,m@example.com,de\nx\u00e9,x@example.com,de"
                        .getBytes(StandardCharsets.ISO_8859_1);
        ValidationException e = fileRefused(latin1, "userImport.file.notUtf8");
        assertThat(e.arguments()).containsExactly("3");
        assertThat(e.getMessage()).contains("line 3");
    }

    @Test
    void malformedUtf8OnTheFirstLineAndAfterTheBom() {
        assertThat(fileRefused(new byte[] {'a', (byte) 0xFF, '\n', 'b'}, "userImport.file.notUtf8")
                        .arguments())
                .containsExactly("1");
        assertThat(fileRefused(concat(BOM, new byte[] {'\n', (byte) 0xC3}), "userImport.file.notUtf8")
                        .arguments())
                .containsExactly("2");
    }

    @Test
    void overlongSurrogateAndTruncatedSequencesAreMalformed() {
        byte[] overlongSlash = {(byte) 0xC0, (byte) 0xAF};
        byte[] surrogate = {(byte) 0xED, (byte) 0xA0, (byte) 0x80};
        byte[] truncated = {(byte) 0xE5, (byte) 0xB1};
        for (byte[] bad : new byte[][] {overlongSlash, surrogate, truncated}) {
            byte[] data = concat(utf8("u1,u1@example.com,ja", "u2,u2@example.com,ja,MS,"), bad);
            assertThat(fileRefused(data, "userImport.file.notUtf8").arguments()).containsExactly("2");
        }
    }

    @Test
    void fourByteCharactersDecode() {
        assertThat(Utf8Lines.split(utf8("𠮷野家,x@example.com,ja"))).containsExactly("𠮷野家,x@example.com,ja");
    }

    @Test
    void emptyFilesAreRefused() {
        fileRefused(new byte[0], "userImport.file.empty");
        fileRefused(BOM, "userImport.file.empty");
        ValidationException e = fileRefused("\n  \r\n\t\n\n".getBytes(StandardCharsets.UTF_8), "userImport.file.empty");
        assertThat(e.getMessage()).contains("no users");
    }
}
