package org.bss.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.bss.account.Organization;
import org.bss.account.OrganizationRole;
import org.bss.catalog.MarketableServiceService;
import org.bss.catalog.NewService;
import org.bss.catalog.PriceModelService;
import org.bss.catalog.PriceModelTerms;
import org.bss.catalog.ServiceTexts;
import org.bss.catalog.ServiceView;
import org.bss.catalog.TechnicalServiceService;
import org.bss.catalog.TechnicalServices;
import org.bss.common.security.Roles;
import org.bss.marketplace.MarketplaceService;
import org.bss.marketplace.MarketplaceSettings;
import org.bss.marketplace.NewMarketplace;
import org.bss.marketplace.PublishingService;
import org.bss.tagging.CategorizationService;
import org.bss.tagging.ServiceCategoryService;
import org.bss.testing.ServiceHarness;
import org.bss.testing.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * From the supplier's writes to what a search finds, through the real services, their events and the indexer's
 * rules: the messages of committed transactions only (the harness's queue stands for the XA queue), fed to an
 * in-memory index that reads the database as the MDB does.
 */
class ListingFlowTest {

    @RegisterExtension
    final ServiceHarness bss = new ServiceHarness();

    private final ServiceIndex index = new ServiceIndex(new ByteBuffersDirectory());
    private int consumed;
    private String marketplaceId;
    private String managerKey;
    private long serviceKey;

    @BeforeEach
    void aSupplierWithAServiceAndAMarketplace() {
        bss.inTransaction(em -> {
            Organization seller = TestData.organization(
                    em, "Seller", OrganizationRole.SUPPLIER, OrganizationRole.TECHNOLOGY_PROVIDER);
            managerKey =
                    Long.toString(TestData.user(em, seller, "sell-sm", Roles.SERVICE_MANAGER, Roles.TECHNOLOGY_MANAGER)
                            .getKey());
            marketplaceId = seller.getOrgId();
            return null;
        });
        bss.callerIs("1000", Roles.PLATFORM_OPERATOR, Roles.ORGANIZATION_ADMIN);
        bss.call(() -> bss.bean(MarketplaceService.class)
                .create(new NewMarketplace(marketplaceId, new MarketplaceSettings("Shop", true, false, false, false))));
        asSupplier();
        bss.call(() -> bss.bean(TechnicalServiceService.class).importTechnicalServices(file(), Locale.ENGLISH));
        long tsKey = bss.inTransaction(
                em -> TechnicalServices.ofProvider(em, orgKey()).get(0).getKey());
        ServiceView service = bss.call(() -> bss.bean(MarketableServiceService.class)
                .define(new NewService(
                        tsKey,
                        "cloud-1",
                        new ServiceTexts("en", "Cloud Storage", "Files kept safe", null),
                        false,
                        List.of())));
        serviceKey = service.key();
        bss.call(() -> bss.bean(MarketableServiceService.class)
                .localize(serviceKey, new ServiceTexts("ja", "東京データ分析サービス", null, null), service.version()));
        bss.call(() -> bss.bean(PriceModelService.class).save(serviceKey, PriceModelTerms.free(), null, "en"));
    }

    @AfterEach
    void close() throws Exception {
        index.close();
    }

    @Test
    void foundOnlyOnceOnSaleAndAfterItsTransactionCommitted() {
        PublishingService publishing = bss.bean(PublishingService.class);
        bss.call(() -> publishing.publish(serviceKey, marketplaceId, true, "en"));
        consume();
        assertThat(found("cloud", "en")).as("published, not on sale").isEmpty();

        bss.call(() -> publishing.activate(serviceKey, "en"));
        assertThat(found("cloud", "en"))
                .as("committed, message not yet consumed")
                .isEmpty();
        consume();

        assertThat(found("cloud", "en")).containsExactly(serviceKey);
        assertThat(found("データ分析", "ja"))
                .as("a Japanese query finds the Japanese name")
                .containsExactly(serviceKey);
        assertThat(found("tagged", "en")).as("the technical service's tags").containsExactly(serviceKey);
    }

    @Test
    void aRolledBackActivationSendsNothingAndLeavesNoEntry() {
        PublishingService publishing = bss.bean(PublishingService.class);
        bss.call(() -> publishing.publish(serviceKey, marketplaceId, true, "en"));
        consume();
        int before = bss.indexMessages().size();

        assertThatThrownBy(() -> bss.run(() -> {
                    publishing.activate(serviceKey, "en");
                    throw new IllegalStateException("a later write of the same transaction fails");
                }))
                .hasMessageContaining("later write");

        assertThat(bss.indexMessages()).hasSize(before);
        consume();
        assertThat(found("cloud", "en")).isEmpty();
        apply(IndexMessage.reindex(serviceKey));
        assertThat(found("cloud", "en"))
                .as("even re-read, the database has it off sale")
                .isEmpty();
    }

    @Test
    void unpublishedHiddenOrDeletedServicesAreNeverFound() {
        PublishingService publishing = bss.bean(PublishingService.class);
        bss.call(() -> publishing.publish(serviceKey, marketplaceId, true, "en"));
        bss.call(() -> publishing.activate(serviceKey, "en"));
        consume();
        assertThat(found("cloud", "en")).containsExactly(serviceKey);

        bss.call(() -> publishing.deactivate(serviceKey, "en"));
        consume();
        assertThat(found("cloud", "en")).as("off sale").isEmpty();

        bss.call(() -> publishing.publish(serviceKey, marketplaceId, false, "en"));
        bss.call(() -> publishing.activate(serviceKey, "en"));
        consume();
        assertThat(found("cloud", "en")).as("on sale, not shown in the catalog").isEmpty();

        bss.call(() -> publishing.deactivate(serviceKey, "en"));
        bss.run(() -> bss.bean(MarketableServiceService.class).delete(serviceKey, null, "en"));
        consume();
        assertThat(bss.indexMessages()).last().isEqualTo(IndexMessage.remove(serviceKey));
        assertThat(found("", "en")).isEmpty();

        asOperatorDeletingTheMarketplace();
    }

    @Test
    void deletingTheMarketplaceTakesItsServicesOutAndARebuildEqualsTheIncrementalIndex() {
        PublishingService publishing = bss.bean(PublishingService.class);
        bss.call(() -> publishing.publish(serviceKey, marketplaceId, true, "en"));
        bss.call(() -> publishing.activate(serviceKey, "en"));
        consume();
        List<Long> incremental = found("", "en");

        apply(IndexMessage.rebuild());
        assertThat(found("", "en")).isEqualTo(incremental).containsExactly(serviceKey);

        asOperatorDeletingTheMarketplace();
        consume();
        assertThat(found("", "en")).isEmpty();
    }

    private void asOperatorDeletingTheMarketplace() {
        bss.callerIs("1000", Roles.PLATFORM_OPERATOR, Roles.ORGANIZATION_ADMIN);
        bss.run(() -> bss.bean(MarketplaceService.class).delete(marketplaceId, null));
    }

    private void apply(IndexMessage message) {
        bss.inTransaction(em -> {
            IndexUpdates.apply(index, em, message);
            return null;
        });
    }

    /** What the MDB does with each message of the committed transactions not yet consumed. */
    private void consume() {
        List<IndexMessage> messages = bss.indexMessages();
        messages.subList(consumed, messages.size()).forEach(this::apply);
        consumed = messages.size();
    }

    @Test
    void deletingACategoryListsItsServicesAnew() {
        bss.callerIs(managerKey, Roles.MARKETPLACE_OWNER, Roles.SERVICE_MANAGER, Roles.TECHNOLOGY_MANAGER);
        CategorizationService categories = bss.bean(CategorizationService.class);
        PublishingService publishing = bss.bean(PublishingService.class);
        bss.call(() -> categories.create(marketplaceId, "storage", Map.of("en", "Storage")));
        bss.call(() -> publishing.publish(serviceKey, marketplaceId, true, "en"));
        bss.call(() -> bss.bean(ServiceCategoryService.class).assign(serviceKey, List.of("storage"), "en"));
        bss.call(() -> publishing.activate(serviceKey, "en"));
        consume();
        assertThat(inCategory("storage")).containsExactly(serviceKey);

        bss.run(() -> categories.delete(marketplaceId, "storage", null));
        consume();

        assertThat(inCategory("storage")).as("the category is gone").isEmpty();
        assertThat(found("cloud", "en")).as("still on sale").containsExactly(serviceKey);
    }

    private List<Long> inCategory(String categoryId) {
        return index
                .search(new SearchRequest(marketplaceId, "", "en", null, false, null, categoryId, null))
                .items()
                .stream()
                .map(ServiceHit::serviceKey)
                .toList();
    }

    private List<Long> found(String text, String locale) {
        return index.search(new SearchRequest(marketplaceId, text, locale, null, false, null)).items().stream()
                .map(ServiceHit::serviceKey)
                .toList();
    }

    private long orgKey() {
        return bss.inTransaction(
                em -> em.createQuery("select o.key from Organization o where o.orgId = :id", Long.class)
                        .setParameter("id", marketplaceId)
                        .getSingleResult());
    }

    private void asSupplier() {
        bss.callerIs(managerKey, Roles.SERVICE_MANAGER, Roles.TECHNOLOGY_MANAGER);
    }

    private static byte[] file() {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        + "<tns:TechnicalServices xmlns:tns=\"oscm.serviceprovisioning/1.9/TechnicalService.xsd\">"
                        + "<tns:TechnicalService id=\"Storage 1.0\" accessType=\"USER\">"
                        + "<LocalizedDescription locale=\"en\">Storage</LocalizedDescription>"
                        + "<LocalizedTag locale=\"en\">tagged</LocalizedTag>"
                        + "</tns:TechnicalService></tns:TechnicalServices>")
                .getBytes(StandardCharsets.UTF_8);
    }
}
