package org.bss.system.soap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import javax.xml.parsers.DocumentBuilderFactory;
import org.bss.system.support.TestOrganizations;
import org.bss.system.support.TestOrganizations.TestOrganization;
import org.bss.system.support.TestUsers.TestUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * AccountService/BASIC with raw SOAP 1.1 over HTTP (HTTP Basic with the user key), as a client without generated
 * stubs sends it: wrapper children unqualified, VO content in {@code http://oscm.org/xsd}. A fixture customer
 * organization with its administrator and one plain member; user data are read back through IdentityService.
 */
class AccountServiceIT {

    static final String NS = "http://oscm.org/xsd";
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private static TestOrganization org;
    private static TestUser member;

    @BeforeAll
    static void setUp() {
        org = TestOrganizations.create();
        member = TestOrganizations.addUser(org, "member");
    }

    @AfterAll
    static void cleanUp() {
        TestOrganizations.delete(org);
    }

    /** HTTP status and parsed body of one call. */
    record Reply(int status, Document doc, String text) {
        String value(String localName) {
            NodeList nodes = doc.getElementsByTagNameNS("*", localName);
            return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
        }

        /** The local name of the fault's detail element, or null when the call succeeded. */
        String fault() {
            NodeList detail = doc.getElementsByTagName("detail");
            if (detail.getLength() == 0) {
                return null;
            }
            for (var n = detail.item(0).getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n.getNodeType() == Node.ELEMENT_NODE) {
                    return n.getLocalName();
                }
            }
            return null;
        }
    }

    static Reply call(String service, TestUser user, String operation, String children) throws Exception {
        String envelope = "<S:Envelope xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:tns=\"" + NS + "\">"
                + "<S:Body><tns:" + operation + ">" + children + "</tns:" + operation + "></S:Body></S:Envelope>";
        HttpRequest request = HttpRequest.newBuilder(URI.create(OperatorServiceIT.BASE + "/" + service + "/BASIC"))
                .timeout(Duration.ofMinutes(1))
                .header("Content-Type", "text/xml; charset=utf-8")
                .header("SOAPAction", "\"\"")
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString(
                                                (user.key() + ":" + user.password()).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(envelope, StandardCharsets.UTF_8))
                .build();
        HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        String text = new String(response.body(), StandardCharsets.UTF_8);
        assertThat(text).as("HTTP %s", response.statusCode()).startsWith("<");
        return new Reply(
                response.statusCode(),
                factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.body())),
                text);
    }

    static Reply currentUser(TestUser user) throws Exception {
        Reply reply = call("IdentityService", user, "getCurrentUserDetails", "");
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return reply;
    }

    static String userUpdate(String userId, String firstName, String version) {
        return "<user><tns:version>" + version + "</tns:version>"
                + (userId == null ? "" : "<tns:userId>" + userId + "</tns:userId>")
                + "<tns:firstName>" + firstName + "</tns:firstName></user>";
    }

    @Test
    void getOrganizationDataReturnsTheCallersOrganization() throws Exception {
        for (TestUser user : new TestUser[] {org.admin(), member}) {
            Reply reply = call("AccountService", user, "getOrganizationData", "");

            assertThat(reply.status()).as(reply.text()).isEqualTo(200);
            assertThat(reply.doc()
                            .getElementsByTagNameNS(NS, "getOrganizationDataResponse")
                            .getLength())
                    .isEqualTo(1);
            assertThat(reply.value("organizationId")).isEqualTo(org.orgId());
            assertThat(reply.value("name")).isEqualTo("System test " + org.orgId());
            assertThat(reply.value("key")).isEqualTo(Long.toString(org.orgKey()));
            assertThat(reply.value("email")).isEqualTo(org.orgId() + "@system-test.invalid");
        }
    }

    @Test
    void anAdministratorChangesAUserOfTheOwnOrganizationWithTheCurrentVersion() throws Exception {
        String version = currentUser(member).value("version");

        Reply reply = call(
                "AccountService",
                org.admin(),
                "updateAccountInformation",
                userUpdate(member.userId(), "ByAdmin", version));

        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        assertThat(reply.fault()).isNull();
        Reply after = currentUser(member);
        assertThat(after.value("firstName")).isEqualTo("ByAdmin");
        assertThat(Integer.parseInt(after.value("version"))).isGreaterThan(Integer.parseInt(version));
    }

    /** Without a user id the caller's own user is meant: the version is checked against the caller's record. */
    @Test
    void withoutUserIdTheCallerIsMeant() throws Exception {
        Reply reply = call("AccountService", member, "updateAccountInformation", userUpdate(null, "Self", "-1"));

        assertThat(reply.fault()).as(reply.text()).isEqualTo("ConcurrentModificationException");
        assertThat(reply.value("messageParams")).isEqualTo(member.userId());
    }

    /** Every SOAP call logs in anew; that bookkeeping must not make the version just read stale. */
    @Test
    void aUserEditsOneselfWithTheVersionJustRead() throws Exception {
        String version = currentUser(member).value("version");

        Reply reply = call("AccountService", member, "updateAccountInformation", userUpdate(null, "Myself", version));

        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        assertThat(reply.fault()).isNull();
        assertThat(currentUser(member).value("firstName")).isEqualTo("Myself");
    }

    /** UserService hides other users from a user who is no administrator: "not found", nothing changed. */
    @Test
    void aUserWhoIsNoAdministratorCannotEditOthers() throws Exception {
        Reply before = currentUser(org.admin());
        String version = before.value("version");

        Reply reply = call(
                "AccountService",
                member,
                "updateAccountInformation",
                userUpdate(org.admin().userId(), "ByMember", version));

        assertThat(reply.fault()).as(reply.text()).isEqualTo("ObjectNotFoundException");
        assertThat(currentUser(org.admin()).value("firstName")).isEqualTo(before.value("firstName"));
    }

    @Test
    void aStaleVersionIsAConcurrentModificationFault() throws Exception {
        Reply before = currentUser(member);
        int stale = Integer.parseInt(before.value("version")) - 1;

        Reply reply = call(
                "AccountService",
                member,
                "updateAccountInformation",
                userUpdate(member.userId(), "Stale", Integer.toString(stale)));

        assertThat(reply.status()).isEqualTo(500);
        assertThat(reply.fault()).as(reply.text()).isEqualTo("ConcurrentModificationException");
        assertThat(currentUser(member).value("firstName")).isEqualTo(before.value("firstName"));
    }

    /** As in the original, the organization's administrators edit its data (audited); other members may not. */
    @Test
    void theAdministratorUpdatesTheOwnOrganizationAndAMemberIsRefused() throws Exception {
        TestOrganization own = TestOrganizations.create();
        TestUser plain = TestOrganizations.addUser(own, "plain");
        try {
            Reply before = call("AccountService", own.admin(), "getOrganizationData", "");
            String orgVo = "<organization><tns:version>" + before.value("version") + "</tns:version>"
                    + "<tns:email>" + before.value("email") + "</tns:email><tns:name>Renamed by its admin</tns:name>"
                    + "</organization>";

            Reply refused = call("AccountService", plain, "updateAccountInformation", orgVo);

            assertThat(refused.status()).as(refused.text()).isEqualTo(500);
            assertThat(refused.fault()).as(refused.text()).isEqualTo("OperationNotPermittedException");
            assertThat(refused.text()).doesNotContain("java.", "Exception:");
            assertThat(call("AccountService", own.admin(), "getOrganizationData", "")
                            .value("name"))
                    .isEqualTo("System test " + own.orgId());

            Reply updated = call("AccountService", own.admin(), "updateAccountInformation", orgVo);

            assertThat(updated.status()).as(updated.text()).isEqualTo(200);
            assertThat(call("AccountService", own.admin(), "getOrganizationData", "")
                            .value("name"))
                    .isEqualTo("Renamed by its admin");
        } finally {
            TestOrganizations.delete(own);
        }
    }
}
