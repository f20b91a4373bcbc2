package org.bss.system.ldap;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import java.net.InetAddress;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A real LDAP server for the system tests: UnboundID's in-memory directory in the test JVM on 127.0.0.1 and a
 * random port; the server under test, on the same host, reaches it over the loopback interface. Used by the REST/SOAP
 * test of this package and by the portal's LDAP pages (org.bss.system.portal).
 */
public final class TestDirectory implements AutoCloseable {

    public static final String BASE = "dc=example,dc=com";
    public static final String PEOPLE = "ou=people," + BASE;
    public static final String MANAGER = "cn=Directory Manager";
    public static final String MANAGER_PASSWORD = "manager-secret-42";

    private final InMemoryDirectoryServer server;

    public TestDirectory() throws Exception {
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
        config.addAdditionalBindCredentials(MANAGER, MANAGER_PASSWORD);
        config.setListenerConfigs(
                InMemoryListenerConfig.createLDAPConfig("st", InetAddress.getLoopbackAddress(), 0, null));
        server = new InMemoryDirectoryServer(config);
        server.add("dn: " + BASE, "objectClass: top", "objectClass: domain", "dc: example");
        server.add("dn: " + PEOPLE, "objectClass: top", "objectClass: organizationalUnit", "ou: people");
        server.startListening();
    }

    /** A person entry below {@link #PEOPLE}; the user logs in to BSS with {@code password}. */
    public void person(String uid, String givenName, String sn, String mail, String language, String password)
            throws Exception {
        server.add(
                "dn: uid=" + uid + "," + PEOPLE,
                "objectClass: top",
                "objectClass: person",
                "objectClass: organizationalPerson",
                "objectClass: inetOrgPerson",
                "uid: " + uid,
                "cn: " + givenName + " " + sn,
                "sn: " + sn,
                "givenName: " + givenName,
                "mail: " + mail,
                "preferredLanguage: " + language,
                "userPassword: " + password);
    }

    public int port() {
        return server.getListenPort();
    }

    /** The organization's LDAP settings for this directory (App. C keys). */
    public Map<String, String> settings() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("LDAP_URL", "ldap://127.0.0.1:" + port());
        s.put("LDAP_BASE_DN", PEOPLE);
        s.put("LDAP_PRINCIPAL", MANAGER);
        s.put("LDAP_CREDENTIALS", MANAGER_PASSWORD);
        s.put("LDAP_ATTR_UID", "uid");
        s.put("LDAP_ATTR_EMAIL", "mail");
        s.put("LDAP_ATTR_FIRST_NAME", "givenName");
        s.put("LDAP_ATTR_LAST_NAME", "sn");
        s.put("LDAP_ATTR_LOCALE", "preferredLanguage");
        return s;
    }

    /** A port on 127.0.0.1 where nothing listens any more: a directory started and shut down again. */
    public static int deadPort() throws Exception {
        try (TestDirectory gone = new TestDirectory()) {
            return gone.port();
        }
    }

    @Override
    public void close() {
        server.shutDown(true);
    }
}
