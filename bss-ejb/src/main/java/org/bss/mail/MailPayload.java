package org.bss.mail;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The task payload of a mail: {@link Properties} text ({@code template=}, {@code recipient=}, {@code locale=} as a
 * language tag, {@code param.<name>=}). Written through a Writer, so any character stays as it is (the payload is a
 * JMS text message, not bytes); line breaks and separators are escaped by the Properties format.
 */
public final class MailPayload {

    private static final String TEMPLATE = "template";
    private static final String RECIPIENT = "recipient";
    private static final String LOCALE = "locale";
    private static final String PARAM = "param.";
    private static final java.util.Set<String> SECRET_PARAMS =
            java.util.Set.of(MailParams.PASSWORD, MailParams.RECOVERY_URL);

    private MailPayload() {}

    public static String write(MailMessage mail) {
        Properties p = new Properties();
        p.setProperty(TEMPLATE, mail.template().name());
        if (mail.recipient() != null) {
            p.setProperty(RECIPIENT, mail.recipient());
        }
        p.setProperty(LOCALE, mail.locale().toLanguageTag());
        mail.params().forEach((name, value) -> p.setProperty(PARAM + name, value));
        StringWriter out = new StringWriter();
        try {
            p.store(out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return withoutComments(out.toString());
    }

    /** The payload without the parameters that are secrets (passwords, recovery links), for the dead-task list. */
    public static String withoutSecrets(String payload) {
        MailMessage mail = read(payload);
        Map<String, String> kept = new LinkedHashMap<>(mail.params());
        kept.replaceAll((name, value) -> SECRET_PARAMS.contains(name) ? "(removed)" : value);
        return write(new MailMessage(mail.recipient(), mail.locale(), mail.template(), kept));
    }

    /** @throws IllegalArgumentException not a mail payload (unknown template, no template) */
    public static MailMessage read(String payload) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(payload == null ? "" : payload));
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("unreadable mail payload: " + e.getMessage(), e);
        }
        String template = p.getProperty(TEMPLATE);
        if (template == null) {
            throw new IllegalArgumentException("mail payload without template");
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith(PARAM)) {
                params.put(key.substring(PARAM.length()), p.getProperty(key));
            }
        }
        return new MailMessage(
                p.getProperty(RECIPIENT),
                Locale.forLanguageTag(p.getProperty(LOCALE, "en")),
                MailTemplate.valueOf(template),
                params);
    }

    // Properties.store writes a date comment first; a payload stays the same for the same mail without it.
    // Lines end at \n or \r only (String.lines): store escapes those inside values, but not U+2028 and the like.
    private static String withoutComments(String text) {
        StringBuilder out = new StringBuilder();
        text.lines()
                .filter(line -> !line.startsWith("#"))
                .forEach(line -> out.append(line).append('\n'));
        return out.toString();
    }
}
