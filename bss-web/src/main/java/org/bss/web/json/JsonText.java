package org.bss.web.json;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.NoSuchElementException;
import org.bss.web.problem.ApiProblemException;
import org.bss.web.problem.ProblemType;

/**
 * The text of a JSON body before anything parses it into values: strict UTF-8 (RFC 8259 §8.1; a decoder that replaces
 * bad bytes would store U+FFFD) and at most {@link #MAX_DEPTH} levels of nesting (the JSON parser gives up only at
 * 1,000 levels, with an exception that is no client error). Both refusals are 400 naming the field where possible.
 */
final class JsonText {

    /** Objects and arrays inside each other; the deepest request of the API needs 3. */
    static final int MAX_DEPTH = 32;

    private JsonText() {}

    /**
     * @return the body decoded as UTF-8
     * @throws ApiProblemException 400 when the bytes are not UTF-8 (naming the field they are in) or too deeply nested
     */
    static String of(byte[] body) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body);
        CharBuffer out = CharBuffer.allocate(body.length);
        var result = utf8.decode(in, out, true);
        if (result.isError()) {
            throw notUtf8(body, in.position());
        }
        utf8.flush(out);
        String text = out.flip().toString();
        checkDepth(text);
        return text;
    }

    /** Walks the events (no values are built) and refuses nesting beyond {@link #MAX_DEPTH}. */
    private static void checkDepth(String text) {
        Path path = new Path();
        try (JsonParser parser = Json.createParser(new StringReader(text))) {
            while (parser.hasNext()) {
                path.step(parser.next(), parser);
                if (path.depth() > MAX_DEPTH) {
                    throw new ApiProblemException(
                            ProblemType.MALFORMED_REQUEST, "detail.too-deep", String.valueOf(MAX_DEPTH));
                }
            }
        } catch (JsonException | IllegalStateException | NoSuchElementException e) {
            // malformed JSON: the parse that builds the value reports it
        }
    }

    /** The bytes before {@code offset} are UTF-8: parsed as far as they go, they tell the field the bad bytes are in. */
    private static ApiProblemException notUtf8(byte[] body, int offset) {
        String before = new String(body, 0, offset, StandardCharsets.UTF_8);
        Path path = new Path();
        try (JsonParser parser = Json.createParser(new StringReader(before))) {
            while (parser.hasNext()) {
                path.step(parser.next(), parser);
            }
        } catch (JsonException | IllegalStateException | NoSuchElementException e) {
            // the prefix ends inside the broken value: the path is where it stopped
        }
        String field = path.pending();
        return field.isEmpty()
                ? new ApiProblemException(ProblemType.MALFORMED_REQUEST, "detail.not-utf8", String.valueOf(offset))
                : new ApiProblemException(ProblemType.MALFORMED_REQUEST, "detail.field-not-utf8", field);
    }

    /** The path of the value the parser is at ({@code administrator.email}, {@code roles[1]}), as events arrive. */
    private static final class Path {
        /** One per open object or array: the key of an object's current member or the index in an array. */
        private final Deque<Object> open = new ArrayDeque<>();

        int depth() {
            return open.size();
        }

        void step(JsonParser.Event event, JsonParser parser) {
            switch (event) {
                case KEY_NAME -> {
                    open.pop();
                    open.push(parser.getString());
                }
                case END_OBJECT, END_ARRAY -> open.pop();
                default -> {
                    advanceInArray();
                    if (event == JsonParser.Event.START_OBJECT) {
                        open.push("");
                    } else if (event == JsonParser.Event.START_ARRAY) {
                        open.push(-1);
                    }
                }
            }
        }

        private void advanceInArray() {
            if (!open.isEmpty() && open.peek() instanceof Integer i) {
                open.pop();
                open.push(i + 1);
            }
        }

        /** The path of the value that was being read when the events stopped (in an array: the next element). */
        String pending() {
            advanceInArray();
            StringBuilder b = new StringBuilder();
            var frames = open.descendingIterator();
            while (frames.hasNext()) {
                Object frame = frames.next();
                if (frame instanceof Integer i) {
                    b.append('[').append(i).append(']');
                } else if (!((String) frame).isEmpty()) {
                    b.append(b.length() == 0 ? "" : ".").append(frame);
                }
            }
            return b.toString();
        }
    }
}
