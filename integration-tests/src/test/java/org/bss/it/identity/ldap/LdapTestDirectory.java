package org.bss.it.identity.ldap;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import java.net.InetAddress;

/**
 * A real LDAP server for the integration test: UnboundID's in-memory directory, started by the test on 127.0.0.1
 * and a random port (the test runs inside the server, so BSS connects to it over the loopback interface).
 */
final class LdapTestDirectory implements AutoCloseable {

    static final String BASE = "dc=example,dc=com";
    static final String PEOPLE = "ou=people," + BASE;
    static final String MANAGER = "cn=Directory Manager";
    static final String MANAGER_PASSWORD = "manager-secret";

    private final InMemoryDirectoryServer server;

    LdapTestDirectory() throws Exception {
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
        config.addAdditionalBindCredentials(MANAGER, MANAGER_PASSWORD);
        config.setListenerConfigs(
                InMemoryListenerConfig.createLDAPConfig("it", InetAddress.getLoopbackAddress(), 0, null));
        server = new InMemoryDirectoryServer(config);
        server.add("dn: " + BASE, "objectClass: top", "objectClass: domain", "dc: example");
        server.add("dn: " + PEOPLE, "objectClass: top", "objectClass: organizationalUnit", "ou: people");
        server.startListening();
    }

    void person(String uid, String givenName, String sn, String mail, String password) throws Exception {
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
                "preferredLanguage: ja",
                "userPassword: " + password);
    }

    /** The organization's LDAP properties file for this directory (App. C). */
    String settings() {
        return "LDAP_URL=ldap://127.0.0.1:" + server.getListenPort() + "\n"
                + "LDAP_BASE_DN=" + PEOPLE + "\n"
                + "LDAP_PRINCIPAL=" + MANAGER + "\n"
                + "LDAP_CREDENTIALS=" + MANAGER_PASSWORD + "\n"
                + "LDAP_ATTR_EMAIL=mail\n"
                + "LDAP_ATTR_FIRST_NAME=givenName\n"
                + "LDAP_ATTR_LAST_NAME=sn\n"
                + "LDAP_ATTR_LOCALE=preferredLanguage\n";
    }

    @Override
    public void close() {
        server.shutDown(true);
    }
}
