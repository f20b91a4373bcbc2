package org.bss.marketplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.bss.common.ValidationException;
import org.junit.jupiter.api.Test;

class BrandingUrlTest {

    @Test
    void anAbsoluteHttpOrHttpsUrlIsKeptWithoutSurroundingSpaces() {
        assertThat(BrandingUrl.check("  https://cdn.example.com/shop.css "))
                .isEqualTo("https://cdn.example.com/shop.css");
        assertThat(BrandingUrl.check("HTTP://example.com/a.css")).isEqualTo("HTTP://example.com/a.css");
        String longest = "https://example.com/" + "a".repeat(BrandingUrl.MAX - 20);
        assertThat(BrandingUrl.check(longest)).hasSize(255);
    }

    @Test
    void noneMeansThePortalsOwnStyle() {
        assertThat(BrandingUrl.check(null)).isNull();
        assertThat(BrandingUrl.check(" \t")).isNull();
    }

    @Test
    void otherAddressesAndLongOnesAreRefused() {
        for (String bad : new String[] {
            "shop.css",
            "/css/shop.css",
            "javascript:alert(1)",
            "ftp://example.com/a.css",
            "https://",
            "http://exa mple.com/"
        }) {
            assertThat(refused(bad).messageKey()).as(bad).isEqualTo("marketplace.brandingUrl.invalid");
        }
        ValidationException tooLong = refused("https://example.com/" + "a".repeat(BrandingUrl.MAX - 19));
        assertThat(tooLong.messageKey()).isEqualTo("marketplace.brandingUrl.tooLong");
        assertThat(tooLong.arguments()).containsExactly("255", "256");
    }

    private static ValidationException refused(String url) {
        return catchThrowableOfType(ValidationException.class, () -> BrandingUrl.check(url));
    }
}
