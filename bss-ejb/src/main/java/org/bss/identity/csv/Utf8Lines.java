package org.bss.identity.csv;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.bss.common.ValidationException;

/**
 * Decodes a file as strict UTF-8 (a leading byte order mark is skipped) and splits it into lines ending with
 * \n or \r\n. The decoding is done here rather than by a Reader so that a malformed byte is reported with the
 * number of its line instead of being replaced silently.
 */
final class Utf8Lines {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private Utf8Lines() {}

    /** @return the lines without their line ends; index i holds line i + 1 */
    static List<String> split(byte[] data) {
        return lines(decode(data));
    }

    static String decode(byte[] data) {
        int start = startsWithBom(data) ? BOM.length : 0;
        ByteBuffer in = ByteBuffer.wrap(data, start, data.length - start);
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        // UTF-8 never yields more chars than bytes, so one buffer of that size always suffices.
        CharBuffer out = CharBuffer.allocate(in.remaining() + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new ValidationException("userImport.file.notUtf8", String.valueOf(lineAt(data, in.position())));
        }
        if (result.isOverflow()) {
            throw new IllegalStateException("UTF-8 decoding overflowed its buffer");
        }
        return out.flip().toString();
    }

    /** The line holding byte {@code position}: 0x0A never occurs inside a multi-byte UTF-8 sequence. */
    private static int lineAt(byte[] data, int position) {
        int line = 1;
        for (int i = 0; i < position; i++) {
            if (data[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            int contentEnd = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
            lines.add(text.substring(start, contentEnd));
            start = end + 1;
        }
        return lines;
    }

    private static boolean startsWithBom(byte[] data) {
        return data.length >= BOM.length && data[0] == BOM[0] && data[1] == BOM[1] && data[2] == BOM[2];
    }
}
