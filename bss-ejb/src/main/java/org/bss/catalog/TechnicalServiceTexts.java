package org.bss.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The texts of a technical service in one language that its provider edits (G.7 "Edit description"): description,
 * license, access information and tags; null or empty: none in that language.
 */
public record TechnicalServiceTexts(
        String locale, String description, String license, String accessInfo, List<String> tags) {

    public TechnicalServiceTexts {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** The definition's texts with this language's replaced. */
    public TechnicalServiceDefinition.Texts into(TechnicalServiceDefinition.Texts texts) {
        return new TechnicalServiceDefinition.Texts(
                replaced(texts.accessInfo(), Collections.singletonList(accessInfo)),
                replaced(texts.descriptions(), Collections.singletonList(description)),
                replaced(texts.licenses(), Collections.singletonList(license)),
                replaced(texts.tags(), tags));
    }

    /** Whether the license of this language differs from the definition's. */
    boolean changesLicense(TechnicalServiceDefinition.Texts texts) {
        String stored = texts.licenses().stream()
                .filter(t -> locale.equals(t.locale()))
                .map(LocalizedText::text)
                .findFirst()
                .orElse("");
        return !stored.equals(license == null ? "" : license);
    }

    private List<LocalizedText> replaced(List<LocalizedText> all, List<String> values) {
        List<LocalizedText> kept = new ArrayList<>(
                all.stream().filter(t -> !locale.equals(t.locale())).toList());
        values.stream().filter(v -> v != null && !v.isBlank()).forEach(v -> kept.add(new LocalizedText(locale, v)));
        return kept;
    }
}
