package org.bss.ws.vo;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
import java.io.StringWriter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.namespace.QName;
import org.junit.jupiter.api.Test;

/** The elements of VOTechnicalService on the wire: qualified, in the contract's order (ws-contract §3.16, §3.17). */
class VOTechnicalServiceWireTest {

    private static List<String> elements(Object vo, Class<?> type) throws Exception {
        StringWriter xml = new StringWriter();
        @SuppressWarnings({"unchecked", "rawtypes"})
        JAXBElement<?> root = new JAXBElement(new QName("urn:test", "root"), type, vo);
        JAXBContext.newInstance(type).createMarshaller().marshal(root, xml);
        Matcher m = Pattern.compile("<(\\w+)>").matcher(xml.toString());
        List<String> names = new java.util.ArrayList<>();
        while (m.find()) {
            names.add(m.group(1));
        }
        assertThat(xml.toString()).as("qualified").contains("xmlns=\"http://oscm.org/xsd\"");
        return names;
    }

    @Test
    void technicalServiceElementsInTheContractsOrder() throws Exception {
        VOTechnicalService vo = new VOTechnicalService();
        vo.setAccessInfo("a");
        vo.setAccessType(ServiceAccessType.LOGIN);
        vo.setBaseUrl("b");
        vo.setBillingId("c");
        vo.setEventDefinitions(List.of(new VOEventDefinition()));
        vo.setLicense("d");
        vo.setLoginPath("e");
        vo.setParameterDefinitions(List.of(new VOParameterDefinition()));
        vo.setProvisioningUrl("f");
        vo.setProvisioningVersion("g");
        vo.setRoleDefinitions(List.of(new VORoleDefinition()));
        vo.setTags(List.of("t"));
        vo.setTechnicalServiceBuildId("h");
        vo.setTechnicalServiceDescription("i");
        vo.setTechnicalServiceId("j");
        vo.setTechnicalServiceOperations(List.of(new VOTechnicalServiceOperation()));

        assertThat(elements(vo, VOTechnicalService.class))
                .filteredOn(name -> !name.equals("key") && !name.equals("version"))
                .containsExactly(
                        "accessInfo",
                        "accessType",
                        "baseUrl",
                        "billingId",
                        "eventDefinitions",
                        "externalBilling",
                        "license",
                        "loginPath",
                        "parameterDefinitions",
                        "configurable",
                        "mandatory",
                        "provisioningUrl",
                        "provisioningVersion",
                        "roleDefinitions",
                        "tags",
                        "technicalServiceBuildId",
                        "technicalServiceDescription",
                        "technicalServiceId",
                        "technicalServiceOperations");
    }

    @Test
    void parameterDefinitionElementsInTheContractsOrder() throws Exception {
        VOParameterDefinition vo = new VOParameterDefinition();
        vo.setDefaultValue("1");
        vo.setDescription("d");
        vo.setMaxValue(9L);
        vo.setMinValue(0L);
        vo.setModificationType(ParameterModificationType.STANDARD);
        vo.setParameterId("P");
        vo.setParameterOptions(List.of(new VOParameterOption()));
        vo.setParameterType(ParameterType.SERVICE_PARAMETER);
        vo.setValueType(ParameterValueType.INTEGER);

        assertThat(elements(vo, VOParameterDefinition.class))
                .containsExactly(
                        "key",
                        "version",
                        "configurable",
                        "defaultValue",
                        "description",
                        "mandatory",
                        "maxValue",
                        "minValue",
                        "modificationType",
                        "parameterId",
                        "parameterOptions",
                        "key",
                        "version",
                        "parameterType",
                        "valueType");
    }
}
