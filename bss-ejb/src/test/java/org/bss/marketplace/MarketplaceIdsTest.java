package org.bss.marketplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MarketplaceIdsTest {

    @Test
    void anOrganizationsFirstMarketplaceTakesTheOrganizationsId() {
        assertThat(MarketplaceIds.choose("4a1f00c2", id -> false)).isEqualTo("4a1f00c2");
    }

    @Test
    void otherwiseEightRandomHexCharacters() {
        String id = MarketplaceIds.choose("4a1f00c2", Set.of("4a1f00c2")::contains);
        assertThat(id).matches("[0-9a-f]{8}").isNotEqualTo("4a1f00c2");
    }

    @Test
    void neverTheOperatorsIdNorOneTooLong() {
        assertThat(MarketplaceIds.choose("PLATFORM_OPERATOR", id -> false)).matches("[0-9a-f]{8}");
        assertThat(MarketplaceIds.choose("x".repeat(41), id -> false)).matches("[0-9a-f]{8}");
        assertThat(MarketplaceIds.choose("x".repeat(40), id -> false)).isEqualTo("x".repeat(40));
    }

    @Test
    void aTakenRandomIdIsDrawnAgainAndGivenUpAfterAHundred() {
        Random first = new Random(7);
        String taken = MarketplaceIds.choose(null, id -> false, first);
        String next = MarketplaceIds.choose(null, taken::equals, new Random(7));
        assertThat(next).matches("[0-9a-f]{8}").isNotEqualTo(taken);

        assertThatThrownBy(() -> MarketplaceIds.choose("org", id -> true)).isInstanceOf(IllegalStateException.class);
    }
}
