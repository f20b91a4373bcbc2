package org.bss.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import org.bss.audit.AuditOperation;
import org.bss.catalog.ServiceStateException;
import org.bss.common.BssException;
import org.bss.common.ConcurrentModificationException;
import org.bss.common.ConflictException;
import org.bss.common.ObjectNotFoundException;
import org.bss.common.OperationNotPermittedException;
import org.bss.common.ValidationException;
import org.bss.config.ConfigKeys;
import org.bss.marketplace.MarketplaceService;
import org.bss.testing.ServiceHarness;
import org.bss.testing.ShopFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Categories of a marketplace (MKT-3): the owner manages them, anyone reads them; a supplier puts its published
 * service in categories of its marketplace (audited, D.3.3); deleting a category or the marketplace removes the
 * assignments.
 */
class CategorizationServiceTest {

    @RegisterExtension
    final ServiceHarness bss = new ServiceHarness();

    private ShopFixture shop;
    private CategorizationService categories;
    private ServiceCategoryService assignments;

    @BeforeEach
    void shop() {
        shop = new ShopFixture(bss);
        categories = bss.bean(CategorizationService.class);
        assignments = bss.bean(ServiceCategoryService.class);
    }

    @Test
    void theOwnerManagesAndEveryoneReadsInTheirLocale() {
        shop.asSeller();
        CategoryView office =
                bss.call(() -> categories.create(shop.marketplaceId, "office", Map.of("en", "Office", "de", "Büro")));
        bss.call(() -> categories.create(shop.marketplaceId, "chat", Map.of("en", "Chat")));

        shop.asCustomerUser();
        assertThat(bss.call(() -> categories.list(shop.marketplaceId, "de")))
                .extracting(CategoryView::categoryId, CategoryView::name)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("chat", "Chat"),
                        org.assertj.core.groups.Tuple.tuple("office", "Büro"));
        assertThat(bss.call(() -> categories.list(shop.otherMarketplaceId, "en")))
                .isEmpty();

        shop.asSeller();
        CategoryView renamed = bss.call(
                () -> categories.change(shop.marketplaceId, "office", "work", Map.of("ja", "業務"), office.version()));
        assertThat(renamed.names()).containsExactly(Map.entry("ja", "業務"));
        assertThat(refused(() ->
                        categories.change(shop.marketplaceId, "work", "work", Map.of("en", "Work"), office.version())))
                .isInstanceOf(ConcurrentModificationException.class);
        assertThat(refused(() ->
                        categories.change(shop.marketplaceId, "work", "chat", Map.of("en", "Work"), renamed.version())))
                .isInstanceOf(ConflictException.class);
        CategoryView named = bss.call(
                () -> categories.change(shop.marketplaceId, "work", null, Map.of("en", "Work"), renamed.version()));
        assertThat(named.version()).isGreaterThan(renamed.version());
        assertThat(refused(() ->
                        categories.change(shop.marketplaceId, "work", null, Map.of("en", "Late"), renamed.version())))
                .isInstanceOf(ConcurrentModificationException.class);
        bss.run(() -> categories.delete(shop.marketplaceId, "work", (long) named.version()));
        assertThat(bss.call(() -> categories.list(shop.marketplaceId, "en")))
                .extracting(CategoryView::categoryId)
                .containsExactly("chat");
    }

    @Test
    void onlyTheOwnerManagesAndBadInputChangesNothing() {
        shop.asSeller();
        bss.call(() -> categories.create(shop.marketplaceId, "office", Map.of("en", "Office")));

        assertThat(refused(() -> categories.create(shop.marketplaceId, "office", Map.of("en", "Again"))))
                .isInstanceOf(ConflictException.class);
        assertThat(refused(() -> categories.create(shop.marketplaceId, "bad/id", Map.of("en", "Bad"))))
                .isInstanceOf(ValidationException.class);
        assertThat(refused(() -> categories.create(shop.marketplaceId, "noname", Map.of())))
                .isInstanceOf(ValidationException.class);
        assertThat(refused(() -> categories.create("nowhere", "x", Map.of("en", "X"))))
                .isInstanceOf(ObjectNotFoundException.class);

        shop.asOtherOwner();
        assertThat(refused(() -> categories.create(shop.marketplaceId, "mine", Map.of("en", "Mine")))
                        .messageKey())
                .isEqualTo("category.ownerOnly");
        assertThat(refused(() -> categories.delete(shop.marketplaceId, "office", null)))
                .isInstanceOf(OperationNotPermittedException.class);
        // the same id on another marketplace is another category
        bss.call(() -> categories.create(shop.otherMarketplaceId, "office", Map.of("en", "Office")));

        shop.asCustomerUser();
        assertThat(bss.call(() -> categories.list(shop.marketplaceId, "en")))
                .extracting(CategoryView::categoryId)
                .containsExactly("office");
    }

    @Test
    void saveCategoriesIsAllOrNothing() {
        shop.asSeller();
        CategoryView office = bss.call(() -> categories.create(shop.marketplaceId, "office", Map.of("en", "Office")));
        CategoryView chat = bss.call(() -> categories.create(shop.marketplaceId, "chat", Map.of("en", "Chat")));

        // a new category, a renamed one and a deletion, but the new one takes a name already in use: nothing changes
        assertThat(refused(() -> categories.save(
                        List.of(
                                new CategoryEdit(0, 0, shop.marketplaceId, "chat", "Chat 2"),
                                new CategoryEdit(office.key(), office.version(), null, "work", "Work")),
                        List.of(),
                        "en")))
                .isInstanceOf(ConflictException.class);
        shop.asOtherOwner();
        assertThat(refused(() -> categories.save(List.of(), List.of(chat.key()), "en")))
                .isInstanceOf(OperationNotPermittedException.class);
        shop.asSeller();
        assertThat(bss.call(() -> categories.list(shop.marketplaceId, "en")))
                .extracting(CategoryView::categoryId)
                .containsExactly("chat", "office");

        bss.run(() -> categories.save(
                List.of(
                        new CategoryEdit(0, 0, shop.marketplaceId, "storage", "Speicher"),
                        new CategoryEdit(office.key(), office.version(), null, "work", "Arbeit")),
                List.of(chat.key()),
                "de"));
        assertThat(bss.call(() -> categories.list(shop.marketplaceId, "de")))
                .extracting(CategoryView::categoryId, CategoryView::name)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("storage", "Speicher"),
                        org.assertj.core.groups.Tuple.tuple("work", "Arbeit"));
        assertThat(bss.call(() -> categories.get(shop.marketplaceId, "work", "en"))
                        .names())
                .containsEntry("en", "Office")
                .containsEntry("de", "Arbeit");
    }

    @Test
    void aSupplierPutsItsPublishedServiceInCategoriesOfItsMarketplace() {
        bss.setting(ConfigKeys.AUDIT_LOG_ENABLED, "true");
        shop.asSeller();
        bss.call(() -> categories.create(shop.marketplaceId, "office", Map.of("en", "Office", "de", "Büro")));
        bss.call(() -> categories.create(shop.marketplaceId, "chat", Map.of("en", "Chat")));
        long service = shop.service("Meeting", "en:video");

        assertThat(refused(() -> assignments.assign(service, List.of("office"), "en"))
                        .messageKey())
                .isEqualTo("category.assign.notPublished");
        shop.publish(service, shop.marketplaceId, true);
        assertThat(refused(() -> assignments.assign(service, List.of("office", "nothing"), "en")))
                .isInstanceOf(ObjectNotFoundException.class);
        assertThat(bss.call(() -> assignments.get(service, "en"))).isEmpty();

        assertThat(bss.call(() -> assignments.assign(service, List.of("office", "chat"), "de")))
                .extracting(CategoryView::categoryId)
                .containsExactly("chat", "office");
        bss.call(() -> assignments.assign(service, List.of("office", "chat"), "de")); // no change, not audited
        assertThat(bss.auditEntries(AuditOperation.ASSIGN_CATEGORIES))
                .singleElement()
                .satisfies(e ->
                        assertThat(e.getPairs()).contains("serviceId=Meeting").contains("listOfCategories=Chat,Büro"));
        List<String> ids = bss.inTransaction(em -> Categories.idsOfService(em, service));
        assertThat(ids).containsExactly("chat", "office");

        shop.activate(service);
        assertThat(refused(() -> assignments.assign(service, List.of(), "en")))
                .isInstanceOf(ServiceStateException.class);

        // deleting a category removes it from the service
        bss.run(() -> categories.delete(shop.marketplaceId, "chat", null));
        assertThat(bss.call(() -> assignments.get(service, "en")))
                .extracting(CategoryView::categoryId)
                .containsExactly("office");

        // another supplier's manager sees nothing of it
        shop.asOtherOwner();
        assertThat(refused(() -> assignments.get(service, "en"))).isInstanceOf(BssException.class);
    }

    @Test
    void deletingTheMarketplaceDeletesItsCategoriesAndAssignments() {
        shop.asSeller();
        bss.call(() -> categories.create(shop.marketplaceId, "office", Map.of("en", "Office")));
        long service = shop.service("Meeting");
        shop.publish(service, shop.marketplaceId, true);
        bss.call(() -> assignments.assign(service, List.of("office"), "en"));

        bss.callerIs("1000", org.bss.common.security.Roles.PLATFORM_OPERATOR);
        bss.run(() -> bss.bean(MarketplaceService.class).delete(shop.marketplaceId, null));

        long categoriesLeft = bss.inTransaction(em ->
                em.createQuery("select count(c) from Category c", Long.class).getSingleResult());
        long assignmentsLeft =
                bss.inTransaction(em -> em.createQuery("select count(a) from CategoryAssignment a", Long.class)
                        .getSingleResult());
        assertThat(categoriesLeft).isZero();
        assertThat(assignmentsLeft).isZero();
    }

    private BssException refused(Runnable call) {
        return catchThrowableOfType(BssException.class, () -> bss.run(call));
    }

    @Test
    void aCategoryListsTheServicesItsMarketplaceOffers() {
        shop.asSeller();
        CategoryView office = bss.call(() -> categories.create(shop.marketplaceId, "office", Map.of("en", "Office")));
        long board = shop.service("Board");
        long draft = shop.service("Draft");
        long meeting = shop.service("Meeting");
        for (long key : new long[] {board, draft, meeting}) {
            shop.publish(key, shop.marketplaceId, true);
            shop.asSeller();
            bss.call(() -> assignments.assign(key, java.util.List.of("office"), "en"));
        }
        shop.activate(meeting);
        shop.activate(board);

        shop.asCustomerUser();
        assertThat(bss.call(() -> categories.services(office.key())))
                .extracting(o -> o.service().serviceId())
                .containsExactly("Board", "Meeting");
        assertThat(bss.call(() -> categories.services(999_999L))).isEmpty();
    }
}
