package org.bss.marketplace;

import org.bss.common.ValidationException;

/**
 * What the operator or the owner sets on a marketplace (the fields of the contract's VOMarketplace): its name, open
 * (every supplier may publish but those banned) or restricted (only those granted), and whether the service portal
 * shows tags, reviews and categories. The name is 1–100 characters, kept without surrounding spaces.
 */
public record MarketplaceSettings(
        String name, boolean open, boolean taggingEnabled, boolean reviewEnabled, boolean categoriesEnabled) {

    public static final int NAME_MAX = 100;

    public MarketplaceSettings {
        if (name == null || name.isBlank()) {
            throw new ValidationException("marketplace.nameRequired");
        }
        name = name.strip();
        if (name.length() > NAME_MAX) {
            throw new ValidationException(
                    "marketplace.nameTooLong", String.valueOf(NAME_MAX), String.valueOf(name.length()));
        }
    }
}
