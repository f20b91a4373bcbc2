package org.bss.mail;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Turns a {@link MailMessage} into subject and body from the bundle {@code org/bss/mail/mails} (UTF-8 files). A
 * locale without a bundle of its own gets the English base bundle, never the JVM's default locale.
 */
public final class MailRenderer {

    static final String BUNDLE = "org.bss.mail.mails";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private MailRenderer() {}

    /** @throws IllegalArgumentException a parameter of the template has no value */
    public static RenderedMail render(MailMessage mail) {
        if (!mail.missingParams().isEmpty()) {
            throw new IllegalArgumentException(
                    "mail " + mail.template() + " lacks parameter(s) " + mail.missingParams());
        }
        ResourceBundle bundle = bundle(mail.locale());
        Locale language = language(bundle);
        Object[] args = mail.template().arguments(mail.params());
        String subject = format(bundle.getString(mail.template().subjectKey()), language, args);
        String body = format(bundle.getString(mail.template().bodyKey()), language, args);
        // a subject is one header line, whatever a parameter contains
        return new RenderedMail(subject.replaceAll("[\\r\\n]+", " ").strip(), body, language);
    }

    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(
                BUNDLE, locale == null ? Locale.ENGLISH : locale, MailRenderer.class.getClassLoader(), NO_FALLBACK);
    }

    private static Locale language(ResourceBundle bundle) {
        Locale found = bundle.getLocale();
        return found == null || found.getLanguage().isEmpty()
                ? Locale.ENGLISH
                : Locale.forLanguageTag(found.getLanguage());
    }

    private static String format(String pattern, Locale language, Object[] args) {
        return new MessageFormat(pattern, language).format(args);
    }
}
