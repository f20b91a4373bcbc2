package org.bss.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.bss.catalog.TechnicalServiceDefinition.AccessType;
import org.bss.common.BssException;
import org.bss.common.ConflictException;
import org.bss.testing.ServiceHarness;
import org.bss.testing.ShopFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * G.7 "Register technical service" and "Edit description": a technical service registered by hand is checked as the
 * same definition in a file and exports as one; texts of one language are replaced; the license of a technical
 * service in use stays.
 */
class TechnicalServiceEditorTest {

    @RegisterExtension
    final ServiceHarness bss = new ServiceHarness();

    private ShopFixture shop;
    private TechnicalServiceEditor editor;

    @BeforeEach
    void aProvider() {
        shop = new ShopFixture(bss);
        editor = bss.bean(TechnicalServiceEditor.class);
    }

    @Test
    void aRegisteredTechnicalServiceExportsAsAFileWouldDefineIt() {
        shop.asSeller();
        TechnicalServiceDetails registered = bss.call(() -> editor.register(bare("Hand 1.0"), Locale.ENGLISH));

        assertThat(registered.definition().texts().descriptions()).containsExactly(new LocalizedText("en", "By hand"));
        String exported = new String(
                bss.call(() -> bss.bean(TechnicalServiceService.class).exportTechnicalServices(Set.of("Hand 1.0"))),
                StandardCharsets.UTF_8);
        assertThat(exported).contains("id=\"Hand 1.0\"", "accessType=\"DIRECT\"", "By hand");
        assertThat(refused(() -> editor.register(bare("Hand 1.0"), Locale.ENGLISH)))
                .isInstanceOf(ConflictException.class)
                .extracting(BssException::messageKey)
                .isEqualTo("catalog.ts.idTaken");
        assertThat(refused(() -> editor.register(bare("x".repeat(300)), Locale.ENGLISH)))
                .isInstanceOf(InvalidTechnicalServicesFileException.class);
    }

    @Test
    void textsOfOneLanguageAreReplacedAndTheLicenseOfATechnicalServiceInUseStays() {
        shop.service("Used");
        shop.asSeller();
        long free = bss.call(() -> editor.register(bare("Free 1.0"), Locale.ENGLISH))
                .key();
        long used = bss.call(() -> bss.bean(TechnicalServiceService.class).listTechnicalServiceDetails()).stream()
                .filter(d -> d.definition().id().equals("TS Used"))
                .findFirst()
                .orElseThrow()
                .key();

        TechnicalServiceDetails german = bss.call(() -> editor.localize(
                free, new TechnicalServiceTexts("de", "Von Hand", "Lizenz", null, List.of("handlich")), Locale.GERMAN));
        TechnicalServiceDetails described = bss.call(() -> editor.localize(
                used, new TechnicalServiceTexts("en", "Now described", null, null, List.of()), Locale.ENGLISH));

        assertThat(german.definition().texts().descriptions())
                .containsExactlyInAnyOrder(new LocalizedText("en", "By hand"), new LocalizedText("de", "Von Hand"));
        assertThat(german.definition().texts().tags()).containsExactly(new LocalizedText("de", "handlich"));
        assertThat(described.definition().texts().descriptions())
                .containsExactly(new LocalizedText("en", "Now described"));
        assertThat(refused(() -> editor.localize(
                        used,
                        new TechnicalServiceTexts("en", "Now described", "New terms", null, List.of()),
                        Locale.ENGLISH)))
                .extracting(BssException::messageKey)
                .isEqualTo("catalog.ts.licenseInUse");
    }

    private static TechnicalServiceDefinition bare(String id) {
        return new TechnicalServiceDefinition(
                id,
                null,
                AccessType.DIRECT,
                new TechnicalServiceDefinition.Provisioning(null, null, null, null, null, null),
                null,
                null,
                false,
                false,
                null,
                new TechnicalServiceTexts("en", "By hand", null, null, List.of())
                        .into(new TechnicalServiceDefinition.Texts(List.of(), List.of(), List.of(), List.of())),
                List.of(),
                List.of(),
                List.of(),
                List.of());
    }

    private BssException refused(Runnable call) {
        return catchThrowableOfType(BssException.class, () -> bss.run(call));
    }
}
