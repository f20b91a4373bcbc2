package org.bss.web.resource.user;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.bss.common.security.Roles;
import org.bss.identity.UserService;
import org.bss.identity.UserView;
import org.bss.web.ApiApplication;
import org.bss.web.problem.Problem;
import org.bss.web.problem.Problems;
import org.bss.web.resource.QueryParams;
import org.bss.web.resource.Requests;
import org.bss.web.resource.Versions;
import org.bss.web.resource.user.UserDto.RolesUpdate;
import org.bss.web.resource.user.UserDto.User;
import org.bss.web.resource.user.UserDto.UserUpdate;
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
 * One user (USR-2..4): read and edit (also oneself), roles, delete, lock, unlock, reset the password. A user of
 * another organization is 404 for an administrator, as if it did not exist.
 */
@ApplicationScoped
@Path("users/{userId}")
@RolesAllowed({Roles.ORGANIZATION_ADMIN, Roles.PLATFORM_OPERATOR})
@SecurityRequirement(name = ApiApplication.BEARER)
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(
        responseCode = "401",
        description = "No valid access token",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
        responseCode = "403",
        description = "Role missing, or locking/deleting oneself",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
        responseCode = "404",
        description = "No such user, or a user of another organization",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class UserResource {

    @EJB
    private UserService users;

    @GET
    @RolesAllowed(Roles.LOGGED_IN)
    @Tag(name = ApiTags.USERS, description = ApiTags.USERS_DESCRIPTION)
    @Operation(
            summary = "Read a user",
            description = "Any user may read oneself; administrators their organization's users.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = User.class)))
    public Response get(@PathParam("userId") String userId) {
        return answer(users.getUser(userId));
    }

    @PUT
    @RolesAllowed(Roles.LOGGED_IN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = ApiTags.USERS, description = ApiTags.USERS_DESCRIPTION)
    @Operation(
            summary = "Edit a user's fields",
            description = "Not the user id, roles or state. Any user may edit "
                    + "oneself. Absent fields keep their value; the version must be the one read.")
    @APIResponse(
            responseCode = "200",
            description = "The user as stored",
            content = @Content(schema = @Schema(implementation = User.class)))
    @APIResponse(
            responseCode = "400",
            description = "Malformed body, unknown field or invalid value",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "Changed by someone else since the version was read",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(
            @PathParam("userId") String userId,
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(implementation = UserUpdate.class)))
                    UserUpdate body,
            @Parameter(description = "The ETag read; instead of or equal to the body's version")
                    @HeaderParam("If-Match")
                    String ifMatch) {
        UserUpdate update = Requests.body(body);
        long version = Requests.present(Versions.expected(update.version, ifMatch), "version");
        return answer(users.updateUser(userId, update.data(), version));
    }

    @DELETE
    @Tag(name = ApiTags.USERS, description = ApiTags.USERS_DESCRIPTION)
    @Operation(summary = "Delete a user", description = "Not oneself, not the organization's last administrator.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(
            responseCode = "409",
            description = "Stale version, or the last administrator",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response delete(
            @PathParam("userId") String userId,
            @Parameter(
                            description = "The version read; without it the user is deleted whatever changed",
                            schema = @Schema(type = SchemaType.INTEGER))
                    @QueryParam("version")
                    String version,
            @Parameter(description = "The ETag read; instead of or equal to the version parameter")
                    @HeaderParam("If-Match")
                    String ifMatch) {
        Long expected = Versions.expected(QueryParams.optionalLong("version", version), ifMatch);
        users.deleteUser(userId, expected);
        return Response.noContent().build();
    }

    @PUT
    @Path("roles")
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = ApiTags.USERS, description = ApiTags.USERS_DESCRIPTION)
    @Operation(
            summary = "Set a user's roles",
            description = "Exactly the given roles, each available in the organization; "
                    + "the organization keeps an administrator.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = User.class)))
    @APIResponse(
            responseCode = "400",
            description = "Unknown role or role not available in the organization",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "Stale version, or the last administrator would lose the role",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response roles(
            @PathParam("userId") String userId,
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(implementation = RolesUpdate.class)))
                    RolesUpdate body,
            @Parameter(description = "The ETag read; instead of or equal to the body's version")
                    @HeaderParam("If-Match")
                    String ifMatch) {
        RolesUpdate update = Requests.body(body);
        long version = Requests.present(Versions.expected(update.version, ifMatch), "version");
        return answer(users.setRoles(userId, update.roleSet(), version));
    }

    @POST
    @Path("lock")
    @Tag(name = ApiTags.USERS, description = ApiTags.USERS_DESCRIPTION)
    @Operation(
            summary = "Lock a user",
            description = "Every login is refused until unlocked; the user is told by mail. " + "Not oneself.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = User.class)))
    public Response lock(@PathParam("userId") String userId) {
        return answer(users.lockUser(userId));
    }

    @POST
    @Path("unlock")
    @Tag(name = ApiTags.USERS, description = ApiTags.USERS_DESCRIPTION)
    @Operation(summary = "Unlock a user", description = "Also clears the failed-login count; the user is told by mail.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = User.class)))
    public Response unlock(@PathParam("userId") String userId) {
        return answer(users.unlockUser(userId));
    }

    @POST
    @Path("reset-password")
    @Tag(name = ApiTags.USERS, description = ApiTags.USERS_DESCRIPTION)
    @Operation(
            summary = "Reset a user's password",
            description = "A temporary password goes to the user by mail and "
                    + "must be changed at the next login; the account is unlocked.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = User.class)))
    public Response resetPassword(@PathParam("userId") String userId) {
        return answer(users.resetPassword(userId));
    }

    /** The user with its version as ETag, as every versioned resource answers. */
    private static Response answer(UserView view) {
        return Response.ok(User.of(view)).tag(Versions.tag(view.version())).build();
    }
}
