package org.bss.mail;

import java.util.Locale;

/** Subject and body of a mail in the language they were rendered in (en, de or ja). */
public record RenderedMail(String subject, String body, Locale language) {}
