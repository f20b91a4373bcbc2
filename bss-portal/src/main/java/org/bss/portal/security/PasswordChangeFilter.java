package org.bss.portal.security;

import jakarta.ejb.EJB;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.bss.identity.IdentityService;

/**
 * While a logged-in user must change the password, every page except the password page, the login
 * page, error pages and static resources redirects to {@code /password.xhtml}. The flag is read from
 * the identity service once per session (the login bean sets it right after login) and cleared by
 * the password page.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class PasswordChangeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String PASSWORD_PAGE = "/password.xhtml";

    @EJB
    private IdentityService identityService;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getRemoteUser() != null && !isExempt(pathOf(request)) && mustChangePassword(request)) {
            redirect(request, response, request.getContextPath() + PASSWORD_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean mustChangePassword(HttpServletRequest request) {
        HttpSession session = request.getSession(true);
        Object flag = session.getAttribute(UserSession.MUST_CHANGE_PASSWORD);
        if (flag == null) {
            flag = identityService.isPasswordChangeRequired();
            session.setAttribute(UserSession.MUST_CHANGE_PASSWORD, flag);
        }
        return Boolean.TRUE.equals(flag);
    }

    static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    static boolean isExempt(String path) {
        return path.equals(PASSWORD_PAGE)
                || path.equals("/login.xhtml")
                || path.startsWith("/error/")
                || path.startsWith("/jakarta.faces.resource/")
                || path.startsWith("/resources/");
    }

    /** A Faces Ajax request needs its redirect as a partial response. */
    static void redirect(HttpServletRequest request, HttpServletResponse response, String url) throws IOException {
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter()
                    .write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                            + url.replace("&", "&amp;").replace("\"", "&quot;") + "\"/></partial-response>");
        } else {
            response.sendRedirect(url);
        }
    }
}
