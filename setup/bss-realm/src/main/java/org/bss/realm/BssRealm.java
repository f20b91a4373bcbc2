package org.bss.realm;

import com.sun.appserv.security.AppservRealm;
import com.sun.enterprise.security.auth.realm.BadRealmException;
import com.sun.enterprise.security.auth.realm.InvalidOperationException;
import com.sun.enterprise.security.auth.realm.NoSuchRealmException;
import com.sun.enterprise.security.auth.realm.NoSuchUserException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Properties;

/**
 * The {@code bss-realm} Payara realm.
 *
 * <p>Created by {@code asadmin create-auth-realm --classname org.bss.realm.BssRealm
 * --property jaas-context=bssRealm bss-realm}. The realm itself holds no users: the JAAS login
 * module {@link BssLoginModule} (named by the {@code jaas-context} entry of the domain's
 * {@code login.conf}) asks the application's {@code CredentialVerifier} bean, so password
 * hashing, lockout and LDAP live in one place, in the application.
 *
 * <p>Groups come only from a successful login ({@code commitUserAuthentication}); the realm
 * cannot list the groups of a user without their password and answers with no groups.
 */
public class BssRealm extends AppservRealm {

    /** Value of {@link #getAuthType()}. */
    public static final String AUTH_TYPE = "bss";

    /** Realm property naming the JAAS login configuration entry (login.conf). */
    public static final String JAAS_CONTEXT = "jaas-context";

    @Override
    protected void init(Properties props) throws BadRealmException, NoSuchRealmException {
        super.init(props);
        String jaasContext = RealmSettings.jaasContext(props);
        setProperty(JAAS_CONTEXT, jaasContext);
        for (String name : props.stringPropertyNames()) {
            if (!JAAS_CONTEXT.equals(name)) {
                setProperty(name, props.getProperty(name));
            }
        }
        _logger.fine(() -> "bss-realm initialised, jaas-context=" + jaasContext);
    }

    @Override
    public String getAuthType() {
        return AUTH_TYPE;
    }

    @Override
    public Enumeration<String> getGroupNames(String username) throws InvalidOperationException, NoSuchUserException {
        return Collections.emptyEnumeration();
    }
}
