package org.bss.web.resource.user;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.TreeSet;
import org.bss.common.security.Roles;
import org.bss.identity.UserService;
import org.bss.web.ApiApplication;
import org.bss.web.problem.Problem;
import org.bss.web.problem.Problems;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The user roles an organization may give (USR-4): administrator and subscription manager, plus its roles' own. */
@ApplicationScoped
@Path("organizations/{orgId}/available-roles")
@RolesAllowed({Roles.ORGANIZATION_ADMIN, Roles.PLATFORM_OPERATOR})
@SecurityRequirement(name = ApiApplication.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class AvailableRolesResource {

    @EJB
    private UserService users;

    @GET
    @Tag(name = ApiTags.USERS, description = ApiTags.USERS_DESCRIPTION)
    @Operation(summary = "User roles available in an organization", description = "Sorted role names.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = String[].class)))
    @APIResponse(
            responseCode = "401",
            description = "No valid access token",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description = "Neither organization administrator nor operator",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such organization, or another organization than the administrator's",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<String> roles(@PathParam("orgId") String orgId) {
        return List.copyOf(new TreeSet<>(users.availableRoles(orgId)));
    }
}
