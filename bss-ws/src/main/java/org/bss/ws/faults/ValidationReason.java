package org.bss.ws.faults;

import java.util.Map;

/**
 * The contract's {@code ValidationException.ReasonEnum} for a validation error of BSS, by the last part of its
 * message key ({@code account.field.required} → REQUIRED). Errors without a counterpart have no reason, as the
 * original's message-only ValidationException.
 */
final class ValidationReason {

    static final String REQUIRED = "REQUIRED";

    /** The original's message key of a REQUIRED validation (its enum overrides the {@code ex.…} key). */
    static final String REQUIRED_KEY = "javax.faces.component.UIInput.REQUIRED";

    private static final Map<String, String> BY_SUFFIX = Map.ofEntries(
            Map.entry("required", REQUIRED),
            Map.entry("tooLong", "LENGTH"),
            Map.entry("minLength", "MIN_LENGTH"),
            Map.entry("email", "EMAIL"),
            Map.entry("boolean", "BOOLEAN"),
            Map.entry("range", "VALUE_NOT_IN_RANGE"),
            Map.entry("enumeration", "ENUMERATION"),
            Map.entry("oneOf", "ENUMERATION"),
            Map.entry("url", "URL"),
            Map.entry("forbiddenChars", "INVALID_CHAR"));

    private static final Map<String, String> BY_KEY = Map.of(
            "config.currency.invalid", "INVALID_CURRENCY",
            "billing.vat.rate", "VAT",
            "billing.vat.country", "COUNTRY_NOT_SUPPORTED",
            "billing.vat.notSupported", "VAT_NOT_SUPPORTED",
            "billing.discount.range", "VALUE_NOT_IN_RANGE",
            "billing.discount.dateRange", "INVALID_DATE_RANGE");

    private ValidationReason() {}

    /** The reason for a message key, or null. */
    static String of(String messageKey) {
        String exact = BY_KEY.get(messageKey);
        if (exact != null) {
            return exact;
        }
        return BY_SUFFIX.get(messageKey.substring(messageKey.lastIndexOf('.') + 1));
    }
}
