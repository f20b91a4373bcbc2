package org.bss.system.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fuzz corpus under {@code src/test/resources/fuzz} (its README.md has the format): one case a line, fields
 * separated by {@code " | "}, with escapes for bytes and characters that a text file should not hold literally and
 * placeholders for the fixtures of the run.
 */
public final class FuzzCorpus {

    /** One line: its number (for the test name) and its fields as written. */
    public record Line(int number, List<String> fields) {
        public String field(int i) {
            return fields.get(i);
        }

        @Override
        public String toString() {
            String text = String.join(" | ", fields);
            return "line " + number + ": " + (text.length() > 100 ? text.substring(0, 100) + "…" : text);
        }
    }

    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{(?:(\\d+)\\*|([a-z]+)\\})");

    private FuzzCorpus() {}

    /** The case lines of a corpus file, each split into at most {@code fields} fields (the last takes the rest). */
    public static List<Line> lines(String resource, int fields) {
        List<Line> lines = new ArrayList<>();
        List<String> text =
                new String(bytes(resource), StandardCharsets.UTF_8).lines().toList();
        for (int i = 0; i < text.size(); i++) {
            String line = text.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            lines.add(new Line(i + 1, List.of(line.split(" ?\\| ?", fields))));
        }
        return lines;
    }

    /** A file of the corpus as it is stored. */
    public static byte[] bytes(String resource) {
        try (InputStream in = FuzzCorpus.class.getResourceAsStream("/fuzz/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no corpus file fuzz/" + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A field with its escapes and expressions applied: {@code \xHH} a byte, {@code \\uXXXX} a character (UTF-8),
     * {@code \\\\} a backslash, {@code ${N*text}} the text N times (it ends at the first "}" after its first character),
     * {@code ${name}} the value of {@code name} in {@code values}.
     */
    public static byte[] expand(String field, Map<String, String> values) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < field.length()) {
            char c = field.charAt(i);
            if (c == '\\' && i + 1 < field.length()) {
                char kind = field.charAt(i + 1);
                if (kind == '\\') {
                    out.write('\\');
                    i += 2;
                    continue;
                }
                if (kind == 'x') {
                    out.write(Integer.parseInt(field.substring(i + 2, i + 4), 16));
                    i += 4;
                    continue;
                }
                if (kind == 'u') {
                    out.writeBytes(String.valueOf((char) Integer.parseInt(field.substring(i + 2, i + 6), 16))
                            .getBytes(StandardCharsets.UTF_8));
                    i += 6;
                    continue;
                }
            }
            Matcher m = EXPRESSION.matcher(field).region(i, field.length());
            if (c == '$' && m.lookingAt()) {
                if (m.group(2) != null) {
                    String value = values.get(m.group(2));
                    if (value == null) {
                        throw new IllegalArgumentException("no value for ${" + m.group(2) + "} in " + field);
                    }
                    out.writeBytes(value.getBytes(StandardCharsets.UTF_8));
                    i = m.end();
                } else {
                    int start = m.end();
                    int end = field.indexOf('}', start + 1);
                    byte[] text = expand(field.substring(start, end), values);
                    for (int n = Integer.parseInt(m.group(1)); n > 0; n--) {
                        out.writeBytes(text);
                    }
                    i = end + 1;
                }
                continue;
            }
            out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            i++;
        }
        return out.toByteArray();
    }

    /** {@link #expand} as text (arguments, paths): the bytes must be UTF-8. */
    public static String expandText(String field, Map<String, String> values) {
        return new String(expand(field, values), StandardCharsets.UTF_8);
    }
}
