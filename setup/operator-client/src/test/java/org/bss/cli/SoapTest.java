package org.bss.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

class SoapTest {

    private static Document dom(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    @Test
    void saveRequestFollowsTheWireConventions() throws Exception {
        Document doc = dom(Soap.saveConfigurationSetting("MAX_NUMBER_LOGIN_ATTEMPTS", "5 & <6>"));

        Element header =
                (Element) doc.getElementsByTagNameNS(Soap.ENVELOPE_NS, "Header").item(0);
        Element version = (Element) header.getFirstChild();
        assertThat(version.getAttributeNS(Soap.ENVELOPE_NS, "actor")).isEqualTo("cm.service.version");
        assertThat(version.getTextContent()).isEqualTo("v1.9");

        Element wrapper = (Element)
                doc.getElementsByTagNameNS(Soap.ENVELOPE_NS, "Body").item(0).getFirstChild();
        assertThat(wrapper.getNamespaceURI()).isEqualTo("http://oscm.org/xsd");
        assertThat(wrapper.getLocalName()).isEqualTo("saveConfigurationSetting");
        Element setting = (Element) wrapper.getFirstChild();
        assertThat(setting.getLocalName()).isEqualTo("setting");
        assertThat(setting.getNamespaceURI())
                .as("wrapper children are unqualified")
                .isNull();
        Element first = (Element) setting.getFirstChild();
        assertThat(first.getNamespaceURI()).as("VO properties are qualified").isEqualTo("http://oscm.org/xsd");
        assertThat(names(setting)).isEqualTo("key version contextId informationId value");
        assertThat(setting.getElementsByTagNameNS(Soap.NS, "informationId")
                        .item(0)
                        .getTextContent())
                .isEqualTo("MAX_NUMBER_LOGIN_ATTEMPTS");
        assertThat(setting.getElementsByTagNameNS(Soap.NS, "value").item(0).getTextContent())
                .isEqualTo("5 & <6>");
    }

    @Test
    void addCurrencyAndGetRequests() throws Exception {
        Element wrapper = (Element) dom(Soap.addCurrency("JPY"))
                .getElementsByTagNameNS(Soap.ENVELOPE_NS, "Body")
                .item(0)
                .getFirstChild();
        assertThat(wrapper.getLocalName()).isEqualTo("addCurrency");
        Element param = (Element) wrapper.getFirstChild();
        assertThat(param.getLocalName()).isEqualTo("currencyISOCode");
        assertThat(param.getNamespaceURI()).isNull();
        assertThat(param.getTextContent()).isEqualTo("JPY");

        Element get = (Element) dom(Soap.getConfigurationSettings())
                .getElementsByTagNameNS(Soap.ENVELOPE_NS, "Body")
                .item(0)
                .getFirstChild();
        assertThat(get.getLocalName()).isEqualTo("getConfigurationSettings");
        assertThat(get.hasChildNodes()).isFalse();
    }

    @Test
    void controlCharactersAreRefused() {
        assertThatThrownBy(() -> Soap.addCurrency("J\u0001Y"))
                .isInstanceOfSatisfying(
                        CliException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE));
    }

    static final String SETTINGS = """
            <?xml version='1.0' encoding='UTF-8'?><S:Envelope xmlns:S="http://schemas.xmlsoap.org/soap/envelope/"><S:Body>
            <ns2:getConfigurationSettingsResponse xmlns:ns2="http://oscm.org/xsd">
            <return><ns2:key>0</ns2:key><ns2:version>0</ns2:version><ns2:contextId>global</ns2:contextId><ns2:informationId>MAX_NUMBER_LOGIN_ATTEMPTS</ns2:informationId><ns2:value>3</ns2:value></return>
            <return><ns2:key>0</ns2:key><ns2:version>0</ns2:version><ns2:contextId>global</ns2:contextId><ns2:informationId>BASE_URL</ns2:informationId></return>
            </ns2:getConfigurationSettingsResponse></S:Body></S:Envelope>""";

    @Test
    void parsesSettingsIncludingAbsentValues() throws Exception {
        assertThat(Soap.settings(SETTINGS))
                .containsExactly(
                        new Soap.Setting("MAX_NUMBER_LOGIN_ATTEMPTS", "3"), new Soap.Setting("BASE_URL", null));
        assertThat(Soap.fault(SETTINGS)).isEmpty();
    }

    static final String VALIDATION_FAULT = """
            <?xml version='1.0' encoding='UTF-8'?><S:Envelope xmlns:S="http://schemas.xmlsoap.org/soap/envelope/"><S:Body>
            <S:Fault xmlns:ns4="http://www.w3.org/2003/05/soap-envelope"><faultcode>S:Server</faultcode>
            <faultstring>EXCEPTIONID 1700000000000: MAX_NUMBER_LOGIN_ATTEMPTS must be between 1 and 100.</faultstring>
            <detail><ns2:ValidationException xmlns:ns2="http://oscm.org/xsd"><ns2:id>1700000000000</ns2:id>
            <ns2:messageKey>config.range</ns2:messageKey><ns2:messageParams>MAX_NUMBER_LOGIN_ATTEMPTS</ns2:messageParams>
            <ns2:member>MAX_NUMBER_LOGIN_ATTEMPTS</ns2:member></ns2:ValidationException></detail></S:Fault></S:Body></S:Envelope>""";

    @Test
    void parsesTypedFaults() throws Exception {
        Soap.Fault fault = Soap.fault(VALIDATION_FAULT).orElseThrow();
        assertThat(fault.code()).isEqualTo("S:Server");
        assertThat(fault.detailName()).contains("ValidationException");
        assertThat(fault.messageKey()).contains("config.range");
        assertThat(fault.member()).contains("MAX_NUMBER_LOGIN_ATTEMPTS");
        assertThat(fault.message()).isEqualTo("MAX_NUMBER_LOGIN_ATTEMPTS must be between 1 and 100.");
    }

    @Test
    void parsesUntypedFaults() throws Exception {
        String xml = "<S:Envelope xmlns:S='http://schemas.xmlsoap.org/soap/envelope/'><S:Body><S:Fault>"
                + "<faultcode>S:Client</faultcode><faultstring>The API version v1.0 ...</faultstring></S:Fault></S:Body></S:Envelope>";
        Soap.Fault fault = Soap.fault(xml).orElseThrow();
        assertThat(fault.detailName()).isEmpty();
        assertThat(fault.message()).isEqualTo("The API version v1.0 ...");
    }

    @Test
    void rejectsGarbageAndDoctypes() {
        assertThatThrownBy(() -> Soap.settings("<html>oops</html>"))
                .isInstanceOf(CliException.class)
                .hasMessageContaining("not a SOAP");
        assertThatThrownBy(() -> Soap.settings("not xml"))
                .isInstanceOf(CliException.class)
                .hasMessageContaining("not XML");
        assertThatThrownBy(() -> Soap.settings("<!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]><x>&e;</x>"))
                .isInstanceOf(CliException.class);
    }

    private static String names(Element parent) {
        StringBuilder b = new StringBuilder();
        for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            b.append(b.length() == 0 ? "" : " ").append(n.getLocalName());
        }
        return b.toString();
    }
}
