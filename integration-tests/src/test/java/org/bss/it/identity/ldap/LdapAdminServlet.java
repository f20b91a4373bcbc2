package org.bss.it.identity.ldap;

import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Calls the LDAP services of the bss EAR as the user who logged in through bss-realm (HTTP BASIC), so that the test
 * exercises the real roles and own-organization checks. The EAR's classes are not visible to this test WAR, so the
 * beans are found by their portable JNDI names and called reflectively, with JDK types only.
 * POST /secured/ldap?action=...&amp;org=...; answers plain text: 200 with the result, 400 with the message key of a BSS
 * error, 403 when the container refused the role.
 */
@WebServlet("/secured/ldap")
public class LdapAdminServlet extends HttpServlet {

    private static final String LDAP_SERVICE = "java:global/bss/bss-ejb/LdapService";
    private static final String USER_SERVICE = "java:global/bss/bss-ejb/LdapUserService";

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        response.setContentType("text/plain;charset=UTF-8");
        String org = request.getParameter("org");
        try {
            String result = switch (request.getParameter("action")) {
                case "settings" ->
                    String.valueOf(call(
                            LDAP_SERVICE,
                            "setOrganizationSettings",
                            org,
                            properties(new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8))));
                case "test" -> check(call(LDAP_SERVICE, "testConnection", org));
                case "search" -> search(call(LDAP_SERVICE, "searchUsers", org, request.getParameter("pattern")));
                case "import" ->
                    imported(call(
                            USER_SERVICE,
                            "importUsers",
                            org,
                            list(request.getParameter("uids")),
                            Set.copyOf(list(request.getParameter("roles")))));
                default -> throw new IllegalArgumentException(request.getParameter("action"));
            };
            response.getWriter().print(result);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof EJBAccessException) {
                response.setStatus(403);
                response.getWriter().print("forbidden");
            } else if (isBssException(cause)) {
                response.setStatus(400);
                response.getWriter().print(String.valueOf(get(cause, "messageKey")));
            } else {
                throw new IllegalStateException(cause);
            }
        }
    }

    /** Invokes a business method of an EAR bean; parameters are JDK types (String, Map, List, Set). */
    // BanJNDI: the callers pass constant names of the EAR's beans
    @SuppressWarnings("BanJNDI")
    private static Object call(String jndiName, String method, Object... args) throws InvocationTargetException {
        try {
            Object bean = new InitialContext().lookup(jndiName);
            for (var m : bean.getClass().getMethods()) {
                if (m.getName().equals(method) && m.getParameterCount() == args.length) {
                    return m.invoke(bean, args);
                }
            }
            throw new IllegalStateException("no method " + method + " on " + jndiName);
        } catch (NamingException | IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A record component or no-argument method of an EAR object. */
    private static Object get(Object target, String accessor) {
        try {
            return target.getClass().getMethod(accessor).invoke(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isBssException(Throwable t) {
        for (Class<?> c = t == null ? null : t.getClass(); c != null; c = c.getSuperclass()) {
            if (c.getName().equals("org.bss.common.BssException")) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, String> properties(String text) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(text));
        Map<String, String> map = new LinkedHashMap<>();
        p.stringPropertyNames().forEach(k -> map.put(k, p.getProperty(k)));
        return map;
    }

    private static List<String> list(String commaList) {
        return commaList == null || commaList.isEmpty() ? List.of() : Arrays.asList(commaList.split(","));
    }

    private static String check(Object check) {
        return Boolean.TRUE.equals(get(check, "ok")) ? "ok" : "failed:" + get(check, "messageKey");
    }

    private static String search(Object result) {
        List<?> users = (List<?>) get(result, "users");
        return users.stream().map(u -> get(u, "uid") + "/" + get(u, "lastName")).collect(Collectors.joining(","))
                + (Boolean.TRUE.equals(get(result, "truncated")) ? " truncated" : "");
    }

    @SuppressWarnings("unchecked")
    private static String imported(Object result) {
        List<?> rejected = (List<?>) get(result, "rejected");
        return "imported=" + String.join(",", (List<String>) get(result, "imported")) + " rejected="
                + rejected.stream()
                        .map(r -> get(r, "uid") + ":" + get(r, "messageKey"))
                        .collect(Collectors.joining(","));
    }
}
