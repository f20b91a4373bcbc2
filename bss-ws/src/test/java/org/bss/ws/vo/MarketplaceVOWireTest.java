package org.bss.ws.vo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bss.ws.vo.ServiceVOWireTest.children;

import org.junit.jupiter.api.Test;

/**
 * The elements of the marketplace VOs on the wire: qualified, every element present, in the contract's order
 * (ws-contract §3.15, 3.44, 3.53, 3.54).
 */
class MarketplaceVOWireTest {

    @Test
    void marketplace() throws Exception {
        assertThat(children(VOMarketplace.class))
                .containsExactly(
                        "key",
                        "version",
                        "categoriesEnabled",
                        "marketplaceId",
                        "name",
                        "open",
                        "owningOrganizationId",
                        "owningOrganizationName",
                        "reviewEnabled",
                        "taggingEnabled");
    }

    @Test
    void catalogEntryAndActivation() throws Exception {
        assertThat(children(VOCatalogEntry.class))
                .containsExactly(
                        "key",
                        "version",
                        "anonymousVisible",
                        "categories",
                        "marketplace",
                        "service",
                        "visibleInCatalog");
        assertThat(children(VOServiceActivation.class)).containsExactly("active", "catalogEntries", "service");
    }

    @Test
    void serviceEntryIsAServiceWithItsLimitLast() throws Exception {
        assertThat(children(VOServiceEntry.class))
                .startsWith("key", "version", "accessType")
                .endsWith("tags", "technicalId", "subscriptionLimitReached")
                .hasSize(children(VOService.class).size() + 1);
    }
}
