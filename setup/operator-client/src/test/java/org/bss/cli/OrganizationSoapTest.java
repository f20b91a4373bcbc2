package org.bss.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

class OrganizationSoapTest {

    static final String REGISTERED = """
            <?xml version='1.0' encoding='UTF-8'?><S:Envelope xmlns:S="http://schemas.xmlsoap.org/soap/envelope/"><S:Body>
            <ns2:registerOrganizationResponse xmlns:ns2="http://oscm.org/xsd"><return>
            <ns2:administratorUserId>yamada</ns2:administratorUserId><ns2:administratorUserKey>10042</ns2:administratorUserKey>
            <ns2:initialPassword>aB3dE5gH7jK9</ns2:initialPassword><ns2:organization><ns2:key>10007</ns2:key><ns2:version>1</ns2:version>
            <ns2:imageDefined>false</ns2:imageDefined><ns2:locale>ja</ns2:locale><ns2:name>株式会社サンプル</ns2:name>
            <ns2:organizationId>0a1b2c3d</ns2:organizationId></ns2:organization></return>
            </ns2:registerOrganizationResponse></S:Body></S:Envelope>""";

    private static Element wrapper(String envelope) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return (Element) f.newDocumentBuilder()
                .parse(new InputSource(new StringReader(envelope)))
                .getElementsByTagNameNS(Soap.ENVELOPE_NS, "Body")
                .item(0)
                .getFirstChild();
    }

    private static List<String> children(Element e) {
        List<String> names = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                names.add((c.getNamespaceURI() == null ? "" : "tns:") + c.getLocalName() + "=" + c.getTextContent());
            }
        }
        return names;
    }

    @Test
    void registerSendsThePropertiesTextAsIs() throws Exception {
        String text = "organization.name=株式会社 <A&B>\r\nuser.identifier=yamada\n";
        Element w = wrapper(OrganizationSoap.registerOrganization(text, null));
        assertThat(w.getNamespaceURI()).isEqualTo(Soap.NS);
        assertThat(w.getLocalName()).isEqualTo("registerOrganization");
        assertThat(children(w)).containsExactly("organizationProperties=" + text);
        assertThat(wrapper(OrganizationSoap.updateOrganization("organization.id=x"))
                        .getLocalName())
                .isEqualTo("updateOrganization");
        assertThat(children(wrapper(OrganizationSoap.registerOrganization("a=1", "LDAP_URL=ldap://h:389"))))
                .containsExactly("organizationProperties=a=1", "ldapProperties=LDAP_URL=ldap://h:389");
    }

    @Test
    void listsAreRepeatedUnqualifiedElements() throws Exception {
        assertThat(children(wrapper(OrganizationSoap.addOrganizationToRole(
                        "org1", List.of("SUPPLIER", "TECHNOLOGY_PROVIDER"), new BigDecimal("12.5")))))
                .containsExactly(
                        "organizationId=org1",
                        "role=SUPPLIER",
                        "role=TECHNOLOGY_PROVIDER",
                        "operatorRevenueShare=12.5");
        assertThat(children(wrapper(OrganizationSoap.addOrganizationToRole("org1", List.of("BROKER"), null))))
                .containsExactly("organizationId=org1", "role=BROKER");
        Element pay = wrapper(OrganizationSoap.addAvailablePaymentTypes("org1", List.of("INVOICE", "CREDIT_CARD")));
        assertThat(children(pay)).containsExactly("supplier=00falseorg1", "types=INVOICE", "types=CREDIT_CARD");
        assertThat(children((Element) pay.getFirstChild()))
                .as("VO properties qualified, base class first")
                .containsExactly("tns:key=0", "tns:version=0", "tns:imageDefined=false", "tns:organizationId=org1");
        assertThat(children(wrapper(OrganizationSoap.setDistinguishedName("org1", "CN=a,O=b"))))
                .containsExactly("organizationId=org1", "distinguishedName=CN=a,O=b");
        assertThat(children(wrapper(OrganizationSoap.getUserOperationLog("2026-01-01", "2026-01-31", null))))
                .containsExactly("fromDate=2026-01-01", "toDate=2026-01-31");
        assertThat(children(wrapper(OrganizationSoap.getUserOperationLog("2026-01-01", "2026-01-31", "op1"))))
                .containsExactly("fromDate=2026-01-01", "toDate=2026-01-31", "userId=op1");
    }

    @Test
    void readsTheRegistration() throws Exception {
        assertThat(OrganizationSoap.registration(REGISTERED))
                .isEqualTo(
                        new OrganizationSoap.Registration("0a1b2c3d", "株式会社サンプル", "yamada", "10042", "aB3dE5gH7jK9"));
        String ldap = REGISTERED.replace("<ns2:initialPassword>aB3dE5gH7jK9</ns2:initialPassword>", "");
        assertThat(OrganizationSoap.registration(ldap).initialPassword())
                .as("LDAP-managed: no initial password")
                .isNull();
        String incomplete = REGISTERED.replace("<ns2:administratorUserKey>10042</ns2:administratorUserKey>", "");
        assertThatThrownBy(() -> OrganizationSoap.registration(incomplete))
                .isInstanceOfSatisfying(
                        CliException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.OTHER));
    }

    @Test
    void readsTheLogBytes() throws Exception {
        String line =
                "03/04/2026_05:06:07.089,FSP_INTS-BSS,INFO,39000,Create organization,userId=op|organizationName=日本\n";
        String b64 = Base64.getEncoder().encodeToString(line.getBytes(StandardCharsets.UTF_8));
        String answer = "<S:Envelope xmlns:S='http://schemas.xmlsoap.org/soap/envelope/'><S:Body>"
                + "<ns2:getUserOperationLogResponse xmlns:ns2='http://oscm.org/xsd'><return>" + b64 + "</return>"
                + "</ns2:getUserOperationLogResponse></S:Body></S:Envelope>";
        assertThat(new String(OrganizationSoap.log(answer), StandardCharsets.UTF_8))
                .isEqualTo(line);
        assertThat(OrganizationSoap.log(answer.replace("<return>" + b64 + "</return>", "")))
                .isEmpty();
    }
}
