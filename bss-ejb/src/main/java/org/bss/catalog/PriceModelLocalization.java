package org.bss.catalog;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bss.account.OrganizationDataValidator;
import org.bss.common.ValidationException;

/**
 * The localized texts of a price model (the contract's VOPriceModelLocalization): a description (≤ 2,000 characters)
 * and a license text (≤ 100,000) per language (en, de, ja), each language at most once per list. Saving sets the
 * languages given; an empty text removes that text; languages not given stay as they are.
 */
public record PriceModelLocalization(List<LocalizedText> descriptions, List<LocalizedText> licenses) {

    public static final int DESCRIPTION_MAX = 2000;
    public static final int LICENSE_MAX = 100_000;

    public PriceModelLocalization {
        descriptions = checked("descriptions", descriptions, DESCRIPTION_MAX);
        licenses = checked("licenses", licenses, LICENSE_MAX);
    }

    private static List<LocalizedText> checked(String field, List<LocalizedText> texts, int max) {
        if (texts == null) {
            return List.of();
        }
        Set<String> seen = new HashSet<>();
        return texts.stream()
                .map(t -> {
                    if (t == null || t.locale() == null || !OrganizationDataValidator.LOCALES.contains(t.locale())) {
                        throw new ValidationException(
                                "catalog.service.locale",
                                t == null ? "null" : String.valueOf(t.locale()),
                                String.join(", ", OrganizationDataValidator.LOCALES));
                    }
                    if (!seen.add(t.locale())) {
                        throw new ValidationException("catalog.pm.textTwice", field, t.locale());
                    }
                    String text = t.text() == null || t.text().isBlank()
                            ? null
                            : t.text().strip();
                    if (text != null && text.length() > max) {
                        throw new ValidationException("catalog.pm.tooLong", field, String.valueOf(max));
                    }
                    return new LocalizedText(t.locale(), text);
                })
                .toList();
    }
}
