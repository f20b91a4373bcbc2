package org.bss.ws.vo;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
import java.io.StringReader;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javax.xml.namespace.QName;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * The elements of the service and price-model VOs on the wire: qualified, every element present, in the contract's
 * order (ws-contract §3.5–3.12, 3.39, 3.51, 3.55). Each property is set through its setter to a sample value.
 */
class ServiceVOWireTest {

    @Test
    void serviceDetails() throws Exception {
        assertThat(children(VOServiceDetails.class))
                .containsExactly(
                        "key",
                        "version",
                        "accessType",
                        "averageRating",
                        "baseURL",
                        "configuratorUrl",
                        "customTabName",
                        "customTabUrl",
                        "description",
                        "featureURL",
                        "name",
                        "numberOfReviews",
                        "offeringType",
                        "parameters",
                        "priceModel",
                        "sellerId",
                        "sellerKey",
                        "sellerName",
                        "serviceId",
                        "shortDescription",
                        "status",
                        "tags",
                        "technicalId",
                        "imageDefined",
                        "technicalService");
    }

    @Test
    void priceModelAndItsParts() throws Exception {
        assertThat(children(VOPriceModel.class))
                .containsExactly(
                        "key",
                        "version",
                        "consideredEvents",
                        "currencyISOCode",
                        "description",
                        "external",
                        "freePeriod",
                        "license",
                        "oneTimeFee",
                        "period",
                        "pricePerPeriod",
                        "pricePerUserAssignment",
                        "roleSpecificUserPrices",
                        "selectedParameters",
                        "steppedPrices",
                        "type");
        assertThat(children(VOPricedParameter.class))
                .containsExactly(
                        "key",
                        "version",
                        "parameterKey",
                        "pricePerSubscription",
                        "pricePerUser",
                        "pricedOptions",
                        "roleSpecificUserPrices",
                        "steppedPrices",
                        "voParameterDef");
        assertThat(children(VOPricedOption.class))
                .containsExactly(
                        "key",
                        "version",
                        "optionId",
                        "parameterOptionKey",
                        "pricePerSubscription",
                        "pricePerUser",
                        "roleSpecificUserPrices");
        assertThat(children(VOPricedEvent.class))
                .containsExactly("key", "version", "eventDefinition", "eventPrice", "steppedPrices");
        assertThat(children(VOPricedRole.class)).containsExactly("key", "version", "pricePerUser", "role");
        assertThat(children(VOSteppedPrice.class)).containsExactly("key", "version", "limit", "price");
    }

    @Test
    void localizations() throws Exception {
        assertThat(children(VOLocalizedText.class)).containsExactly("locale", "text", "version");
        assertThat(children(VOPriceModelLocalization.class)).containsExactly("descriptions", "licenses");
        assertThat(children(VOServiceLocalization.class))
                .containsExactly("customTabNames", "descriptions", "names", "shortDescriptions");
    }

    /** The names of the direct children of a marshalled sample, in order. */
    static List<String> children(Class<?> type) throws Exception {
        StringWriter xml = new StringWriter();
        @SuppressWarnings({"unchecked", "rawtypes"})
        JAXBElement<?> root = new JAXBElement(new QName("urn:test", "root"), type, sample(type));
        JAXBContext.newInstance(type).createMarshaller().marshal(root, xml);
        assertThat(xml.toString()).as("qualified").contains("\"http://oscm.org/xsd\"");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Element element = factory.newDocumentBuilder()
                .parse(new InputSource(new StringReader(xml.toString())))
                .getDocumentElement();
        List<String> names = new ArrayList<>();
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                names.add(e.getLocalName());
            }
        }
        return names;
    }

    private static Object sample(Class<?> type) throws Exception {
        Object vo = type.getDeclaredConstructor().newInstance();
        for (Method setter : type.getMethods()) {
            if (setter.getName().startsWith("set") && setter.getParameterCount() == 1) {
                Class<?> p = setter.getParameterTypes()[0];
                Object value = value(p, setter);
                if (value != null) {
                    setter.invoke(vo, value);
                }
            }
        }
        return vo;
    }

    private static Object value(Class<?> p, Method setter) throws Exception {
        if (p == String.class) {
            return "x";
        } else if (p == BigDecimal.class) {
            return BigDecimal.ONE;
        } else if (p == Long.class || p == long.class) {
            return 1L;
        } else if (p == int.class) {
            return 1;
        } else if (p == boolean.class) {
            return true;
        } else if (p.isEnum()) {
            return p.getEnumConstants()[0];
        } else if (p == List.class) {
            Class<?> item =
                    (Class<?>) ((ParameterizedType) setter.getGenericParameterTypes()[0]).getActualTypeArguments()[0];
            return List.of(
                    item == String.class ? "x" : item.getDeclaredConstructor().newInstance());
        } else if (p.getPackageName().equals("org.bss.ws.vo")) {
            return p.getDeclaredConstructor().newInstance();
        }
        return null;
    }
}
