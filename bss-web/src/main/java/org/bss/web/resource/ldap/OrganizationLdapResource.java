package org.bss.web.resource.ldap;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.HashSet;
import java.util.Map;
import org.bss.common.security.Roles;
import org.bss.identity.ldap.LdapService;
import org.bss.identity.ldap.LdapUserService;
import org.bss.web.ApiApplication;
import org.bss.web.problem.Problem;
import org.bss.web.problem.Problems;
import org.bss.web.resource.Requests;
import org.bss.web.resource.ldap.LdapDto.ConnectionTest;
import org.bss.web.resource.ldap.LdapDto.ImportRequest;
import org.bss.web.resource.ldap.LdapDto.ImportResult;
import org.bss.web.resource.ldap.LdapDto.SearchResult;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * An organization's LDAP (USR-6, G.1 "LDAP settings", "Import users"): its own settings, the connection test, the
 * directory search and the import. Its administrators on their own organization, the operator on any; who may do
 * what (also: only the operator makes an organization LDAP-managed) is decided by the services.
 */
@ApplicationScoped
@Path("organizations/{orgId}/ldap")
@RolesAllowed({Roles.ORGANIZATION_ADMIN, Roles.PLATFORM_OPERATOR})
@SecurityRequirement(name = ApiApplication.BEARER)
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(
        responseCode = "401",
        description = "No valid access token",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
        responseCode = "403",
        description = "Neither organization administrator nor operator; another organization "
                + "than the administrator's; the operator organization",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
        responseCode = "404",
        description = "No such organization",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class OrganizationLdapResource {

    @EJB
    private LdapService ldap;

    @EJB
    private LdapUserService ldapUsers;

    @Context
    private HttpHeaders headers;

    @GET
    @Path("settings")
    @Tag(name = LdapApi.TAG, description = LdapApi.TAG_DESCRIPTION)
    @Operation(
            summary = "The organization's own LDAP keys",
            description = "Empty: the organization does not use LDAP. " + "LDAP_CREDENTIALS reads as ********.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.OBJECT)))
    public Map<String, String> settings(@PathParam("orgId") String orgId) {
        return ldap.getOrganizationSettings(orgId);
    }

    @PUT
    @Path("settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = LdapApi.TAG, description = LdapApi.TAG_DESCRIPTION)
    @Operation(
            summary = "Replace the organization's own LDAP keys",
            description = "Merged over the platform defaults they "
                    + "must be complete. The first time (operator only) the organization becomes LDAP-managed: only while its "
                    + "users are administrators who never logged in and exist in the directory (docs/ldap.md).")
    @APIResponse(
            responseCode = "200",
            description = "The keys as stored",
            content = @Content(schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(
            responseCode = "400",
            description = "Not a JSON object of strings",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "Bad key or value, incomplete, directory unreachable, users that cannot "
                    + "become LDAP users (code ldap.*)",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Map<String, String> saveSettings(
            @PathParam("orgId") String orgId,
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(type = SchemaType.OBJECT)))
                    Map<String, String> body) {
        return ldap.setOrganizationSettings(orgId, LdapDto.settings(Requests.body(body)));
    }

    @POST
    @Path("connection-test")
    @Consumes(MediaType.WILDCARD)
    @Tag(name = LdapApi.TAG, description = LdapApi.TAG_DESCRIPTION)
    @Operation(
            summary = "Test the LDAP connection",
            description =
                    "Without a body: the stored settings. With a JSON object "
                            + "of keys: those settings before saving them (over the platform defaults). A failed test is an answer (ok false).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ConnectionTest.class)))
    @APIResponse(
            responseCode = "422",
            description = "The organization does not use LDAP (code ldap.org.notLdap)",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ConnectionTest test(
            @PathParam("orgId") String orgId,
            @RequestBody(
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(type = SchemaType.OBJECT)))
                    Map<String, String> body) {
        return ConnectionTest.of(
                body == null ? ldap.testConnection(orgId) : ldap.testSettings(orgId, LdapDto.settings(body)),
                LdapApi.language(headers));
    }

    @GET
    @Path("users")
    @Tag(name = LdapApi.TAG, description = LdapApi.TAG_DESCRIPTION)
    @Operation(
            summary = "Search the directory",
            description = "Entries whose user id matches the pattern (* as wildcard), "
                    + "at most LDAP_SEARCH_LIMIT; truncated tells that more matched.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SearchResult.class)))
    @APIResponse(
            responseCode = "422",
            description = "Not an LDAP organization, directory unreachable (code ldap.*)",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SearchResult search(
            @PathParam("orgId") String orgId,
            @Parameter(description = "User id pattern, * as wildcard", schema = @Schema(defaultValue = "*"))
                    @QueryParam("pattern")
                    String pattern) {
        return SearchResult.of(ldap.searchUsers(orgId, pattern));
    }

    @POST
    @Path("user-imports")
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = LdapApi.TAG, description = LdapApi.TAG_DESCRIPTION)
    @Operation(
            summary = "Import directory entries as users",
            description = "Each user id found in the directory becomes a "
                    + "user with the given roles; the others are listed as rejected with the reason. Synchronous.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ImportResult.class)))
    @APIResponse(
            responseCode = "400",
            description = "Malformed body or unknown field",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "No user id, a role that cannot be given, not an LDAP organization, "
                    + "directory unreachable (code ldap.*)",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ImportResult importUsers(
            @PathParam("orgId") String orgId,
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(implementation = ImportRequest.class)))
                    ImportRequest body) {
        ImportRequest request = Requests.body(body);
        return ImportResult.of(
                ldapUsers.importUsers(
                        orgId,
                        Requests.present(request.uids, "uids"),
                        request.roles == null ? null : new HashSet<>(request.roles)),
                LdapApi.language(headers));
    }
}
