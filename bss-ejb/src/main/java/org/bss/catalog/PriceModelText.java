package org.bss.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A price model's description and license in one locale (table price_model_text). */
@Embeddable
public class PriceModelText {

    @Column(name = "locale", nullable = false, length = 8)
    private String locale;

    @Column(name = "description", length = PriceModelLocalization.DESCRIPTION_MAX)
    private String description;

    @Column(name = "license")
    private String license;

    protected PriceModelText() {}

    PriceModelText(String locale, String description, String license) {
        this.locale = locale;
        this.description = description;
        this.license = license;
    }

    String locale() {
        return locale;
    }

    String description() {
        return description;
    }

    String license() {
        return license;
    }

    boolean isEmpty() {
        return description == null && license == null;
    }
}
