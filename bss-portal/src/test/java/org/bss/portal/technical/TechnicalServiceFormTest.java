package org.bss.portal.technical;

import static org.assertj.core.api.Assertions.assertThat;

import org.bss.catalog.LocalizedText;
import org.bss.catalog.TechnicalServiceDefinition;
import org.bss.catalog.TechnicalServiceDefinition.AccessType;
import org.junit.jupiter.api.Test;

class TechnicalServiceFormTest {

    @Test
    void aRegisteredDefinitionIsBareWithItsTextsInThePagesLanguage() {
        TechnicalServiceForm form = new TechnicalServiceForm();
        form.setId(" Shop 2.0 ");
        form.setAccessType(AccessType.USER);
        form.setBaseUrl("https://shop.example.com");
        form.setProvisioningUrl("https://shop.example.com/provisioning");
        form.setDescription("A shop");
        form.setLicense("Be nice");

        TechnicalServiceDefinition d = form.definition("de");

        assertThat(d.id()).isEqualTo("Shop 2.0");
        assertThat(d.accessType()).isEqualTo(AccessType.USER);
        assertThat(d.baseUrl()).isEqualTo("https://shop.example.com");
        assertThat(d.provisioning().url()).isEqualTo("https://shop.example.com/provisioning");
        assertThat(d.texts().descriptions()).containsExactly(new LocalizedText("de", "A shop"));
        assertThat(d.texts().licenses()).containsExactly(new LocalizedText("de", "Be nice"));
        assertThat(d.texts().accessInfo()).isEmpty();
        assertThat(d.parameters()).isEmpty();
        assertThat(d.events()).isEmpty();
        assertThat(d.roles()).isEmpty();
        assertThat(d.operations()).isEmpty();
    }

    @Test
    void emptyInputsAreNoneButTheProvisioningIsThere() {
        TechnicalServiceForm form = new TechnicalServiceForm();
        form.setId("Bare");
        form.setBaseUrl("  ");
        form.setDescription("");

        TechnicalServiceDefinition d = form.definition("en");

        assertThat(d.baseUrl()).isNull();
        assertThat(d.provisioning()).isNotNull();
        assertThat(d.provisioning().url()).isNull();
        assertThat(d.texts().descriptions()).isEmpty();
        assertThat(d.accessType()).isEqualTo(AccessType.DIRECT);
    }

    @Test
    void clearingStartsAFreshForm() {
        TechnicalServiceForm form = new TechnicalServiceForm();
        form.setId("Shop");
        form.setAccessType(AccessType.LOGIN);
        form.setLicense("L");
        form.clear();
        assertThat(form.getId()).isNull();
        assertThat(form.getAccessType()).isEqualTo(AccessType.DIRECT);
        assertThat(form.getLicense()).isNull();
    }
}
