package org.bss.mail;

import java.util.Locale;

/** A complete message of each template with values that are easy to find in the rendered text. */
final class MailFixtures {

    private MailFixtures() {}

    static String value(String param) {
        return switch (param) {
            case MailParams.USER_ID -> "jdoe-7";
            case MailParams.USER_KEY -> "10042";
            case MailParams.PASSWORD -> "Pw-91x!Q";
            case MailParams.ORGANIZATION_ID -> "org-4711";
            case MailParams.LOGIN_URL -> "http://portal.example/bss-portal/login.xhtml";
            case MailParams.RECOVERY_URL -> "http://portal.example/bss-portal/recover.xhtml?token=a%2Bb";
            case MailParams.VALID_MINUTES -> "45";
            case MailParams.SERVICE_NAME -> "Video Meeting";
            case MailParams.MARKETPLACE_ID -> "mp-3f9a";
            case MailParams.REASON -> "Contains a link to another shop";
            default -> throw new IllegalArgumentException(param);
        };
    }

    static MailMessage complete(MailTemplate template, Locale locale) {
        MailMessage mail = MailMessage.to("jdoe@example.org", locale, template);
        for (String param : template.params()) {
            mail = mail.with(param, value(param));
        }
        return mail;
    }
}
