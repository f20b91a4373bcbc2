package org.bss.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.bss.common.ObjectNotFoundException;
import org.bss.common.ValidationException;
import org.bss.config.ConfigKeys;
import org.bss.testing.ServiceHarness;
import org.bss.testing.ShopFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The tag cloud of a marketplace (MKT-4): the technical services' tags of the services on sale and shown there,
 * counted per service, with TAGGING_MAX_TAGS and TAGGING_MIN_SCORE as stored; tags by pattern.
 */
class TagServiceTest {

    @RegisterExtension
    final ServiceHarness bss = new ServiceHarness();

    private ShopFixture shop;
    private TagService tags;

    @BeforeEach
    void servicesWithTags() {
        shop = new ShopFixture(bss);
        tags = bss.bean(TagService.class);
        shop.onSale("Meeting", "en:video", "en:chat", "de:Video");
        shop.onSale("Phone", "en:video", "en:voice", "ja:音声");
        shop.onSale("Board", "en:video", "en:chat");
        long hidden = shop.service("Hidden", "en:secret", "en:video");
        shop.publish(hidden, shop.marketplaceId, false);
        shop.activate(hidden);
        long inactive = shop.service("Draft", "en:draft");
        shop.publish(inactive, shop.marketplaceId, true);
        long elsewhere = shop.service("Elsewhere", "en:video", "en:far");
        shop.publish(elsewhere, shop.otherMarketplaceId, true);
        shop.asCustomerUser();
    }

    @Test
    void servicesOnSaleAndShownCountOncePerService() {
        assertThat(bss.call(() -> tags.cloud(shop.marketplaceId, "en")))
                .containsExactly(new TagView("video", 3), new TagView("chat", 2), new TagView("voice", 1));
        assertThat(bss.call(() -> tags.cloud(shop.marketplaceId, "ja"))).containsExactly(new TagView("音声", 1));
        assertThat(bss.call(() -> tags.cloud(shop.otherMarketplaceId, "en"))).isEmpty(); // not on sale there
        assertThat(catchThrowableOfType(
                        ObjectNotFoundException.class, () -> bss.call(() -> tags.cloud("nowhere", "en"))))
                .isNotNull();
    }

    @Test
    void minScoreLeavesOutTagsOfFewerServices() {
        bss.setting(ConfigKeys.TAGGING_MIN_SCORE, "2");
        assertThat(bss.call(() -> tags.cloud(shop.marketplaceId, "en")))
                .extracting(TagView::value)
                .containsExactly("video", "chat");
    }

    @Test
    void maxTagsKeepsTheMostUsed() {
        bss.setting(ConfigKeys.TAGGING_MAX_TAGS, "1");
        assertThat(bss.call(() -> tags.cloud(shop.marketplaceId, "en"))).containsExactly(new TagView("video", 3));
        assertThat(bss.call(() -> tags.cloud("en"))).containsExactly(new TagView("video", 3));
    }

    @Test
    void maxTagsZeroShowsNone() {
        bss.setting(ConfigKeys.TAGGING_MAX_TAGS, "0");
        assertThat(bss.call(() -> tags.cloud(shop.marketplaceId, "en"))).isEmpty();
    }

    @Test
    void tagsByPatternAmongThoseOnSale() {
        assertThat(bss.call(() -> tags.matching("en", "V", 10))).containsExactly("video", "voice");
        assertThat(bss.call(() -> tags.matching("en", "*a*", 10))).containsExactly("chat");
        assertThat(bss.call(() -> tags.matching("en", "s", 10))).isEmpty(); // "secret" is on a hidden service
        assertThat(bss.call(() -> tags.matching("en", "f", 10))).isEmpty(); // "far" is not on sale
    }

    @Test
    void aPatternAndALimitAreRequired() {
        assertThat(catchThrowableOfType(ValidationException.class, () -> bss.call(() -> tags.matching("en", " ", 5)))
                        .messageKey())
                .isEqualTo("tag.patternRequired");
        assertThat(catchThrowableOfType(ValidationException.class, () -> bss.call(() -> tags.matching("en", "v", 0)))
                        .messageKey())
                .isEqualTo("tag.limit");
        assertThat(bss.call(() -> tags.matching("en", "v", 1))).containsExactly("video");
    }
}
