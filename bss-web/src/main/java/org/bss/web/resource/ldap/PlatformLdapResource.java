package org.bss.web.resource.ldap;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.bss.common.security.Roles;
import org.bss.identity.ldap.LdapService;
import org.bss.web.ApiApplication;
import org.bss.web.problem.Problem;
import org.bss.web.problem.Problems;
import org.bss.web.resource.Requests;
import org.bss.web.resource.ldap.LdapDto.ConnectionTest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The operator's platform default LDAP settings ("Manage LDAP", G.5). LDAP_CREDENTIALS always reads as ********. */
@ApplicationScoped
@Path("ldap/platform-defaults")
@RolesAllowed(Roles.PLATFORM_OPERATOR)
@SecurityRequirement(name = ApiApplication.BEARER)
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(
        responseCode = "401",
        description = "No valid access token",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
        responseCode = "403",
        description = "Not a platform operator",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class PlatformLdapResource {

    @EJB
    private LdapService ldap;

    @Context
    private HttpHeaders headers;

    @GET
    @Tag(name = LdapApi.TAG, description = LdapApi.TAG_DESCRIPTION)
    @Operation(
            summary = "The platform default LDAP settings",
            description = "Only the keys that are set; credentials masked.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.OBJECT)))
    public Map<String, String> get() {
        return ldap.getPlatformDefaults();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = LdapApi.TAG, description = LdapApi.TAG_DESCRIPTION)
    @Operation(
            summary = "Replace the platform default LDAP settings",
            description = "Keys not given (or null, or blank) "
                    + "are removed; LDAP_CREDENTIALS given as ******** keeps the stored value.")
    @APIResponse(
            responseCode = "200",
            description = "The defaults as stored",
            content = @Content(schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(
            responseCode = "400",
            description = "Not a JSON object of strings",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "Unknown key or bad value (code ldap.settings.*)",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Map<String, String> put(
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(type = SchemaType.OBJECT)))
                    Map<String, String> body) {
        return ldap.setPlatformDefaults(LdapDto.settings(Requests.body(body)));
    }

    @POST
    @Path("connection-test")
    @Tag(name = LdapApi.TAG, description = LdapApi.TAG_DESCRIPTION)
    @Operation(
            summary = "Test the platform defaults alone",
            description = "A failed test is an answer (ok false), not an error.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ConnectionTest.class)))
    public ConnectionTest test() {
        return ConnectionTest.of(ldap.testPlatformDefaults(), LdapApi.language(headers));
    }
}
