package org.bss.identity.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.bss.common.ValidationException;

/** Small user files for the tests: inline lines, resources of this package, and assertions on rejections. */
final class CsvFiles {

    private CsvFiles() {}

    /** The lines joined by \n, as UTF-8. */
    static byte[] utf8(String... lines) {
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    static byte[] resource(String name) {
        try (InputStream in = CsvFiles.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int pos = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, pos, part.length);
            pos += part.length;
        }
        return all;
    }

    /** Parses one line that must be rejected and returns why. */
    static RejectedRow rejectedLine(String line, boolean rolesRequired) {
        UserCsvContent content = new UserCsvParser().parse(utf8(line), rolesRequired);
        assertThat(content.rows()).as(line).isEmpty();
        assertThat(content.rejected()).as(line).hasSize(1);
        return content.rejected().get(0);
    }

    static void assertRejected(RejectedRow row, int line, String key, String... params) {
        assertThat(row.line()).as("line of %s", row).isEqualTo(line);
        assertThat(row.messageKey()).as("key of %s", row).isEqualTo(key);
        if (params.length > 0) {
            assertThat(row.params()).as("params of %s", row).containsExactly(params);
        }
    }

    static ValidationException fileRefused(byte[] data, String key) {
        ValidationException[] out = new ValidationException[1];
        assertThatThrownBy(() -> new UserCsvParser().parse(data, false))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo(key);
                    out[0] = e;
                });
        return out[0];
    }

    static List<Integer> lines(List<RejectedRow> rejected) {
        return rejected.stream().map(RejectedRow::line).toList();
    }
}
