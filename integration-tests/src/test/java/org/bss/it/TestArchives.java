package org.bss.it;

import java.io.File;
import java.net.URISyntaxException;
import org.assertj.core.api.Assertions;
import org.bss.identity.PasswordHash;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The test WARs deployed beside the bss EAR: the test class plus the shared helpers. */
public final class TestArchives {

    private static final String REALM_WEB_XML = """
            <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
              <security-constraint>
                <web-resource-collection><web-resource-name>secured</web-resource-name><url-pattern>/secured/*</url-pattern></web-resource-collection>
                <auth-constraint><role-name>LOGGED_IN</role-name></auth-constraint>
              </security-constraint>
              <login-config><auth-method>BASIC</auth-method><realm-name>bss-realm</realm-name></login-config>
              <security-role><role-name>LOGGED_IN</role-name></security-role>
              <security-role><role-name>ORGANIZATION_ADMIN</role-name></security-role>
              <security-role><role-name>PLATFORM_OPERATOR</role-name></security-role>
            </web-app>
            """;

    private TestArchives() {}

    public static WebArchive forTest(Class<?> testClass) {
        return ShrinkWrap.create(WebArchive.class, testClass.getSimpleName() + ".war")
                .addClasses(testClass, Fixtures.class, Await.class, PasswordHash.class)
                .addAsLibraries(jarOf(Assertions.class))
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
    }

    /** The jar a test library class came from, to ship it inside the test WAR. */
    private static File jarOf(Class<?> type) {
        try {
            return new File(
                    type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Adds {@link WhoAmIServlet} at {@code /secured/whoami}, protected by HTTP BASIC on bss-realm. */
    public static WebArchive withRealmProtectedServlet(WebArchive archive) {
        return archive.addClass(WhoAmIServlet.class).setWebXML(new StringAsset(REALM_WEB_XML));
    }
}
