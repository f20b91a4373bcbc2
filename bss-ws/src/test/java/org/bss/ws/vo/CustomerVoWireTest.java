package org.bss.ws.vo;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.namespace.QName;
import org.junit.jupiter.api.Test;

/**
 * The VAT, discount, payment-configuration, LDAP and customer-service VOs on the wire in the contract's order (§3.30-3.33,
 * 3.37, 3.42, 3.46).
 */
class CustomerVoWireTest {

    private static List<String> elements(Object vo, Class<?> type) throws Exception {
        StringWriter xml = new StringWriter();
        @SuppressWarnings({"unchecked", "rawtypes"})
        JAXBElement<?> root = new JAXBElement(new QName("urn:test", "root"), type, vo);
        JAXBContext.newInstance(type).createMarshaller().marshal(root, xml);
        Matcher m = Pattern.compile("<(\\w+)>").matcher(xml.toString());
        List<String> names = new ArrayList<>();
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @Test
    void aCustomerServiceAddsItsCustomerAfterTheService() throws Exception {
        VOCustomerService service = new VOCustomerService();
        service.setServiceId("video#10001");
        service.setOrganizationId("c1");
        service.setOrganizationKey(10001L);
        service.setOrganizationName("Customer");

        assertThat(elements(service, VOCustomerService.class))
                .containsSubsequence("key", "serviceId", "organizationId", "organizationKey", "organizationName")
                .endsWith("organizationId", "organizationKey", "organizationName");
    }

    @Test
    void vatRatesExtendTheRate() throws Exception {
        VOCountryVatRate country = new VOCountryVatRate();
        country.setRate(BigDecimal.TEN);
        country.setCountry("DE");
        VOOrganizationVatRate org = new VOOrganizationVatRate();
        org.setRate(BigDecimal.ONE);
        org.setOrganization(new VOOrganization());

        assertThat(elements(country, VOCountryVatRate.class)).containsExactly("key", "version", "rate", "country");
        assertThat(elements(org, VOOrganizationVatRate.class)).startsWith("key", "version", "rate", "organization");
    }

    @Test
    void anOrganizationCarriesItsDiscountThird() throws Exception {
        VOOrganization org = new VOOrganization();
        org.setAddress("a");
        org.setDescription("d");
        VODiscount discount = new VODiscount();
        discount.setStartTime(1L);
        discount.setEndTime(2L);
        discount.setValue(BigDecimal.TEN);
        org.setDiscount(discount);
        org.setDistinguishedName("dn");

        List<String> names = elements(org, VOOrganization.class);

        assertThat(names).containsSubsequence("address", "description", "discount", "distinguishedName");
        assertThat(names).containsSubsequence("discount", "endTime", "startTime", "value", "distinguishedName");
    }

    @Test
    void listsOfPaymentConfigurationAndLdapProperties() throws Exception {
        VOOrganizationPaymentConfiguration config = new VOOrganizationPaymentConfiguration();
        config.getEnabledPaymentTypes().add(new VOPaymentType());
        config.setOrganization(new VOOrganization());
        LdapProperties ldap = new LdapProperties();
        Setting setting = new Setting();
        setting.setKey("k");
        setting.setValue("v");
        ldap.getSettings().add(setting);

        assertThat(elements(config, VOOrganizationPaymentConfiguration.class))
                .containsSubsequence("enabledPaymentTypes", "organization");
        assertThat(elements(ldap, LdapProperties.class)).containsExactly("settings", "key", "value");
    }
}
