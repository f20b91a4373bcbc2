package org.bss.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;

/** The REST API, version 1: {@code /bss/api/v1} (the WAR's context root is /bss). */
@ApplicationPath("api/v1")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "BSS REST API",
                        version = "1",
                        description =
                                "Token-based REST API of BSS (access/refresh tokens, health check, settings), base URL /bss/api/v1. "
                                        + "Errors are RFC 9457 problem details (application/problem+json), localized by Accept-Language (en, de, ja)."),
        servers = @Server(url = "/bss", description = "context root of the REST WAR; the paths start with /api/v1"))
@SecurityScheme(
        securitySchemeName = ApiApplication.BEARER,
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        bearerFormat = "JWT",
        description = "Access token from POST /auth/token")
public class ApiApplication extends Application {
    public static final String BEARER = "bearer";
}
