package org.bss.tagging;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A category's name in one locale (table category_text). */
@Embeddable
public class CategoryText {

    @Column(name = "locale", nullable = false, length = 8)
    private String locale;

    @Column(name = "name", nullable = false, length = CategoryNames.NAME_MAX)
    private String name;

    protected CategoryText() {}

    CategoryText(String locale, String name) {
        this.locale = locale;
        this.name = name;
    }

    String locale() {
        return locale;
    }

    String name() {
        return name;
    }
}
