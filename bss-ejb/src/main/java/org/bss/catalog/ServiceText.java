package org.bss.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A service's name, short description and description in one locale (table service_text). */
@Embeddable
public class ServiceText {

    @Column(name = "locale", nullable = false, length = 8)
    private String locale;

    @Column(name = "name", length = ServiceTexts.NAME_MAX)
    private String name;

    @Column(name = "short_description", length = ServiceTexts.SHORT_DESCRIPTION_MAX)
    private String shortDescription;

    @Column(name = "description", length = ServiceTexts.DESCRIPTION_MAX)
    private String description;

    protected ServiceText() {}

    ServiceText(ServiceTexts texts) {
        this.locale = texts.locale();
        this.name = texts.name();
        this.shortDescription = texts.shortDescription();
        this.description = texts.description();
    }

    ServiceTexts texts() {
        return new ServiceTexts(locale, name, shortDescription, description);
    }

    String locale() {
        return locale;
    }
}
