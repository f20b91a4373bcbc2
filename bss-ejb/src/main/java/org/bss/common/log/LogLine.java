package org.bss.common.log;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The line format of the guide §4.1.3 (LOG-3):
 * {@code <MM/DD/YYYY_HH:MM:SS.sss> <LogLabel>: <LogType>: <MessageID>: <Message text>} where the label is
 * always {@value #LABEL} and the text carries the id of the thread that handled the request.
 * {@link #PATTERN} is the log4j2 layout that produces it from the message built by {@link #message}.
 */
public final class LogLine {

    public static final String LABEL = "FSP_INTS-BSS";
    /** log4j2 pattern: date, label, level, then "message id: text" as built by {@link #message}. */
    public static final String PATTERN = "%d{MM/dd/yyyy_HH:mm:ss.SSS} " + LABEL + ": %level: %m%n";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy_HH:mm:ss.SSS");

    private LogLine() {}

    /** The part after the level: {@code <message id>: [Thread-<id>] <text>}. */
    public static String message(int messageId, long threadId, String text) {
        return messageId + ": [Thread-" + threadId + "] " + sanitize(text);
    }

    /** A whole line as the layout writes it (for tests and documentation). */
    public static String line(LocalDateTime time, String level, int messageId, long threadId, String text) {
        return DATE.format(time) + " " + LABEL + ": " + level + ": " + message(messageId, threadId, text);
    }

    /** One entry, one line: line breaks in user-supplied text would let a caller forge entries. */
    static String sanitize(String text) {
        return text == null ? "" : text.replace('\r', ' ').replace('\n', ' ');
    }
}
