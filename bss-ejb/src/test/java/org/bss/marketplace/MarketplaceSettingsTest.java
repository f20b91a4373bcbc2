package org.bss.marketplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.bss.common.ValidationException;
import org.junit.jupiter.api.Test;

class MarketplaceSettingsTest {

    @Test
    void aNameIsRequiredKeptWithoutSurroundingSpacesAndAtMostAHundredCharacters() {
        assertThat(settings("  Shop  ").name()).isEqualTo("Shop");
        assertThat(settings("x".repeat(100)).name()).hasSize(100);

        assertThat(refused(null).messageKey()).isEqualTo("marketplace.nameRequired");
        assertThat(refused(" \t").messageKey()).isEqualTo("marketplace.nameRequired");
        ValidationException tooLong = refused("x".repeat(101));
        assertThat(tooLong.messageKey()).isEqualTo("marketplace.nameTooLong");
        assertThat(tooLong.arguments()).containsExactly("100", "101");
    }

    private static MarketplaceSettings settings(String name) {
        return new MarketplaceSettings(name, true, true, true, true);
    }

    private static ValidationException refused(String name) {
        return catchThrowableOfType(ValidationException.class, () -> settings(name));
    }
}
