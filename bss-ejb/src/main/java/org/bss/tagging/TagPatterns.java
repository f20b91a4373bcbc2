package org.bss.tagging;

import java.util.Locale;
import java.util.regex.Pattern;

/** A tag pattern of getTagsByPattern: {@code *} stands for any characters, the rest is literal; a prefix matches. */
final class TagPatterns {

    private TagPatterns() {}

    /** A regex over the lower-cased tag. */
    static Pattern compile(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (String part : pattern.strip().toLowerCase(Locale.ROOT).split("\\*", -1)) {
            if (!regex.isEmpty()) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(part));
        }
        return Pattern.compile(regex.append(".*").toString(), Pattern.DOTALL);
    }
}
