package org.bss.testing;

import jakarta.ejb.SessionContext;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.bss.common.security.Roles;

/**
 * The caller the beans see through their {@link SessionContext}: a login name as the realm leaves it in the caller
 * principal (user key, {@code id:<userId>} or user id) and the roles the realm would give. Only what the beans use is
 * answered: the principal, {@code isCallerInRole}, {@code getBusinessObject}; anything else fails loudly.
 */
final class TestCaller {

    /** What Payara answers for a call without login. */
    static final String ANONYMOUS = "ANONYMOUS";

    private final Function<Class<?>, Object> beans;
    private String loginName = ANONYMOUS;
    private Set<String> roles = Set.of();

    TestCaller(Function<Class<?>, Object> beans) {
        this.beans = beans;
    }

    /** The realm gives every authenticated caller {@link Roles#LOGGED_IN} besides its own roles. */
    void set(String loginName, String... roles) {
        this.loginName = loginName;
        Set<String> all = new HashSet<>(List.of(roles));
        all.add(Roles.LOGGED_IN);
        this.roles = Set.copyOf(all);
    }

    SessionContext context() {
        return (SessionContext) Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {SessionContext.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getCallerPrincipal" -> new NamedPrincipal(loginName);
                    case "isCallerInRole" -> roles.contains((String) args[0]);
                    case "getBusinessObject" -> beans.apply((Class<?>) args[0]);
                    case "toString" -> "SessionContext of " + loginName;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default ->
                        throw new UnsupportedOperationException(
                                "SessionContext." + method.getName() + " is not faked by the ServiceHarness");
                });
    }

    private record NamedPrincipal(String name) implements Principal {
        @Override
        public String getName() {
            return name;
        }
    }
}
