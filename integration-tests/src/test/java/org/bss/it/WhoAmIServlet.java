package org.bss.it;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Behind BASIC auth on bss-realm (see {@link TestArchives#withRealmProtectedServlet}): who the realm says the caller is. */
@WebServlet("/secured/whoami")
public class WhoAmIServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        response.getWriter()
                .print(request.getUserPrincipal().getName() + " admin=" + request.isUserInRole("ORGANIZATION_ADMIN")
                        + " operator=" + request.isUserInRole("PLATFORM_OPERATOR"));
    }
}
