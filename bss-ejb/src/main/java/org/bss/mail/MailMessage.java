package org.bss.mail;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One mail to send: recipient address, the recipient's locale, template and parameter values (by name, see
 * {@link MailParams}). Immutable; build it with {@link #to} and {@link #with}:
 * <pre>
 *   MailMessage.to(user.getEmail(), user.locale(), MailTemplate.USER_LOCKED).with(MailParams.USER_ID, user.getUserId())
 * </pre>
 */
public record MailMessage(String recipient, Locale locale, MailTemplate template, Map<String, String> params) {

    /** Deliberately simple: one @, no blanks or control characters (no header injection); the SMTP side checks the rest. */
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s\\p{Cntrl}]+@[^@\\s\\p{Cntrl}]+");

    private static final int MAX_ADDRESS = 254;

    public MailMessage {
        Objects.requireNonNull(template, "template");
        locale = locale == null ? Locale.ENGLISH : locale;
        recipient = recipient == null ? null : recipient.strip();
        Map<String, String> values = new LinkedHashMap<>();
        if (params != null) {
            params.forEach((name, value) -> {
                if (!template.params().contains(name)) {
                    throw new IllegalArgumentException("mail " + template + " has no parameter '" + name + "'");
                }
                if (value != null) {
                    values.put(name, value);
                }
            });
        }
        params = Collections.unmodifiableMap(values);
    }

    public static MailMessage to(String recipient, Locale locale, MailTemplate template) {
        return new MailMessage(recipient, locale, template, Map.of());
    }

    /** A copy with one more parameter; a null value leaves it unset (reported by {@link #missingParams()}). */
    public MailMessage with(String name, Object value) {
        Map<String, String> copy = new LinkedHashMap<>(params);
        copy.put(name, value == null ? null : String.valueOf(value));
        return new MailMessage(recipient, locale, template, copy);
    }

    /** Why this mail cannot be sent to anybody (no or unusable address), empty when it can. */
    public Optional<String> unsendableReason() {
        if (recipient == null || recipient.isEmpty()) {
            return Optional.of("the user has no e-mail address");
        }
        if (recipient.length() > MAX_ADDRESS || !ADDRESS.matcher(recipient).matches()) {
            return Optional.of("'" + recipient + "' is not a usable e-mail address");
        }
        return Optional.empty();
    }

    /** Parameters the template needs that have no value. */
    public List<String> missingParams() {
        return template.params().stream().filter(p -> !params.containsKey(p)).toList();
    }

    /** The user the mail is about, for log lines ("?" when the template has none). */
    public String userId() {
        return params.getOrDefault(MailParams.USER_ID, "?");
    }
}
