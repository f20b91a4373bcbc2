package org.bss.catalog;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.bss.common.persistence.InstantConverter;

/**
 * What a service charges now (table price_model); each state it takes is also kept in {@link PriceModelVersion}. Its
 * localized description and license (price_model_text) are no part of what is billed and have no history.
 */
@Entity
@Table(name = "price_model")
public class ServicePriceModel {

    @Id
    @SequenceGenerator(name = "price_model_seq", sequenceName = "price_model_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "price_model_seq")
    @Column(name = "pm_key")
    private long key;

    @Column(name = "service_key", nullable = false)
    private long serviceKey;

    @Column(name = "terms", nullable = false)
    private String terms;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    @Convert(converter = InstantConverter.class)
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "price_model_text", joinColumns = @JoinColumn(name = "pm_key"))
    private List<PriceModelText> texts = new ArrayList<>();

    protected ServicePriceModel() {}

    ServicePriceModel(long serviceKey, PriceModelTerms terms, Instant now) {
        this.serviceKey = serviceKey;
        change(terms, now);
    }

    /** Takes new terms; the caller records the new state in the history. */
    final void change(PriceModelTerms newTerms, Instant now) {
        this.terms = PriceModelDocuments.write(newTerms);
        this.updatedAt = now;
    }

    /** The texts as saved, by language. */
    public PriceModelLocalization localization() {
        return new PriceModelLocalization(
                texts.stream()
                        .filter(t -> t.description() != null)
                        .map(t -> new LocalizedText(t.locale(), t.description()))
                        .toList(),
                texts.stream()
                        .filter(t -> t.license() != null)
                        .map(t -> new LocalizedText(t.locale(), t.license()))
                        .toList());
    }

    /**
     * Sets the texts of the languages given (an empty text removes it).
     *
     * @return per language whose texts changed: whether its description and whether its license changed
     */
    List<TextChange> localize(PriceModelLocalization given) {
        List<TextChange> changes = new ArrayList<>();
        for (String locale : locales(given)) {
            Optional<PriceModelText> old =
                    texts.stream().filter(t -> t.locale().equals(locale)).findFirst();
            String description = pick(given.descriptions(), locale, old.map(PriceModelText::description));
            String license = pick(given.licenses(), locale, old.map(PriceModelText::license));
            boolean descriptionChanged = !Objects.equals(
                    description, old.map(PriceModelText::description).orElse(null));
            boolean licenseChanged =
                    !Objects.equals(license, old.map(PriceModelText::license).orElse(null));
            if (descriptionChanged || licenseChanged) {
                old.ifPresent(texts::remove);
                PriceModelText now = new PriceModelText(locale, description, license);
                if (!now.isEmpty()) {
                    texts.add(now);
                }
                changes.add(new TextChange(locale, descriptionChanged, licenseChanged));
            }
        }
        return changes;
    }

    /** What changed of one language's texts. */
    record TextChange(String locale, boolean description, boolean license) {}

    private static List<String> locales(PriceModelLocalization given) {
        List<String> locales = new ArrayList<>();
        given.descriptions().forEach(t -> locales.add(t.locale()));
        given.licenses().stream()
                .map(LocalizedText::locale)
                .filter(l -> !locales.contains(l))
                .forEach(locales::add);
        return locales;
    }

    private static String pick(List<LocalizedText> given, String locale, Optional<String> old) {
        Optional<LocalizedText> text =
                given.stream().filter(t -> t.locale().equals(locale)).findFirst();
        return text.isPresent() ? text.get().text() : old.orElse(null);
    }

    public PriceModelTerms terms() {
        return PriceModelDocuments.read(terms);
    }

    String document() {
        return terms;
    }

    public long getKey() {
        return key;
    }

    public long getServiceKey() {
        return serviceKey;
    }

    public int getVersion() {
        return version;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
