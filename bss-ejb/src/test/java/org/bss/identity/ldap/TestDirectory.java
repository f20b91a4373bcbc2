package org.bss.identity.ldap;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedSimpleBindRequest;
import com.unboundid.ldap.listener.interceptor.InMemoryOperationInterceptor;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real LDAP server for the tests: UnboundID's in-memory directory on 127.0.0.1 and a random port, with a
 * search principal and a few people (one with a Japanese name, five "user0n" for the search limit).
 */
final class TestDirectory implements AutoCloseable {

    static final String BASE = "dc=example,dc=com";
    static final String PEOPLE = "ou=people," + BASE;
    static final String MANAGER = "cn=Directory Manager";
    static final String MANAGER_PASSWORD = "manager-secret";

    private final InMemoryDirectoryServer server;
    /** Every DN a client bound as (or tried to), in order. */
    private final List<String> bindDns = new CopyOnWriteArrayList<>();

    TestDirectory() throws Exception {
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
        config.addAdditionalBindCredentials(MANAGER, MANAGER_PASSWORD);
        config.addInMemoryOperationInterceptor(new InMemoryOperationInterceptor() {
            @Override
            public void processSimpleBindRequest(InMemoryInterceptedSimpleBindRequest request) {
                bindDns.add(request.getRequest().getBindDN());
            }
        });
        config.setListenerConfigs(
                InMemoryListenerConfig.createLDAPConfig("test", InetAddress.getLoopbackAddress(), 0, null));
        server = new InMemoryDirectoryServer(config);
        server.add("dn: " + BASE, "objectClass: top", "objectClass: domain", "dc: example");
        server.add("dn: " + PEOPLE, "objectClass: top", "objectClass: organizationalUnit", "ou: people");
        person("alice", "Alice", "Adams", "alice@example.com", "de-DE", "alice-pw");
        person("taro", "太郎", "山田", "taro@example.jp", "ja", "taro-pw");
        for (int i = 1; i <= 5; i++) {
            person("user0" + i, "User", "Number " + i, null, null, "pw" + i);
        }
        server.startListening();
    }

    void person(String uid, String givenName, String sn, String mail, String language, String password)
            throws Exception {
        List<String> lines = new ArrayList<>(List.of(
                "dn: uid=" + uid + "," + PEOPLE,
                "objectClass: top",
                "objectClass: person",
                "objectClass: organizationalPerson",
                "objectClass: inetOrgPerson",
                "uid: " + uid,
                "cn: " + givenName + " " + sn,
                "sn: " + sn,
                "givenName: " + givenName,
                "userPassword: " + password));
        if (mail != null) {
            lines.add("mail: " + mail);
        }
        if (language != null) {
            lines.add("preferredLanguage: " + language);
        }
        server.add(lines.toArray(String[]::new));
    }

    /** How often a client tried to bind as this DN. */
    long bindsAs(String dn) {
        return bindDns.stream().filter(dn::equalsIgnoreCase).count();
    }

    int port() {
        return server.getListenPort();
    }

    String url() {
        return "ldap://127.0.0.1:" + port();
    }

    /** App. C settings for this directory, as an organization would write them. */
    Properties properties() {
        Properties p = new Properties();
        p.setProperty("LDAP_URL", url());
        p.setProperty("LDAP_BASE_DN", PEOPLE);
        p.setProperty("LDAP_PRINCIPAL", MANAGER);
        p.setProperty("LDAP_CREDENTIALS", MANAGER_PASSWORD);
        p.setProperty("LDAP_ATTR_EMAIL", "mail");
        p.setProperty("LDAP_ATTR_FIRST_NAME", "givenName");
        p.setProperty("LDAP_ATTR_LAST_NAME", "sn");
        p.setProperty("LDAP_ATTR_LOCALE", "preferredLanguage");
        return p;
    }

    LdapSettings settings() {
        return LdapSettings.effective(Map.of(), LdapSettings.parse(properties()));
    }

    LdapSettings settingsWith(String key, String value) {
        Properties p = properties();
        p.setProperty(key, value);
        return LdapSettings.effective(Map.of(), LdapSettings.parse(p));
    }

    /** A port nobody listens on: bound once by the system, then released. */
    static int deadPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        server.shutDown(true);
    }
}
