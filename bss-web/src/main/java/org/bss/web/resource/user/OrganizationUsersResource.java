package org.bss.web.resource.user;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.bss.common.security.Roles;
import org.bss.identity.UserService;
import org.bss.identity.UserView;
import org.bss.web.ApiApplication;
import org.bss.web.problem.Problem;
import org.bss.web.problem.Problems;
import org.bss.web.resource.Requests;
import org.bss.web.resource.Versions;
import org.bss.web.resource.user.UserDto.NewUser;
import org.bss.web.resource.user.UserDto.User;
import org.bss.web.resource.user.UserDto.UserList;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The users of an organization (USR-2): list with paging, sorting and filter, and create. Its own root path, more
 * specific than /organizations, so that it does not depend on the organization resource.
 */
@ApplicationScoped
@Path("organizations/{orgId}/users")
@RolesAllowed({Roles.ORGANIZATION_ADMIN, Roles.PLATFORM_OPERATOR})
@SecurityRequirement(name = ApiApplication.BEARER)
@Produces(MediaType.APPLICATION_JSON)
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
public class OrganizationUsersResource {

    @EJB
    private UserService users;

    @Context
    private UriInfo uriInfo;

    @GET
    @Tag(name = ApiTags.USERS, description = ApiTags.USERS_DESCRIPTION)
    @Operation(
            summary = "List the users of an organization",
            description = "One page, with the total number of users that match the filter.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = UserList.class)))
    @APIResponse(
            responseCode = "400",
            description = "Bad offset, limit, sort or order",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public UserList list(
            @PathParam("orgId") String orgId,
            @Parameter(
                            description = "First item, from 0",
                            schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0"))
                    @QueryParam("offset")
                    String offset,
            @Parameter(
                            description = "Page size, 1..500",
                            schema = @Schema(type = SchemaType.INTEGER, defaultValue = "50"))
                    @QueryParam("limit")
                    String limit,
            @Parameter(description = "Case-insensitive part of user id, e-mail, first or last name")
                    @QueryParam("filter")
                    String filter,
            @Parameter(
                            description = "Sort field",
                            schema =
                                    @Schema(
                                            enumeration = {
                                                "userId",
                                                "email",
                                                "firstName",
                                                "lastName",
                                                "status",
                                                "createdAt",
                                                "lastLoginAt"
                                            },
                                            defaultValue = "userId"))
                    @QueryParam("sort")
                    String sort,
            @Parameter(
                            schema =
                                    @Schema(
                                            enumeration = {"asc", "desc"},
                                            defaultValue = "asc"))
                    @QueryParam("order")
                    String order) {
        return UserList.of(users.listUsers(orgId, ListParams.query(offset, limit, filter, sort, order)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = ApiTags.USERS, description = ApiTags.USERS_DESCRIPTION)
    @Operation(
            summary = "Create a user",
            description = "The user gets a random initial password by mail, in the "
                    + "user's language, and must change it (POST /auth/password) before getting a token.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            headers = @Header(name = "Location", description = "/bss/api/v1/users/{userId}"),
            content = @Content(schema = @Schema(implementation = User.class)))
    @APIResponse(
            responseCode = "400",
            description = "Malformed body, unknown field, invalid value or role not available",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "The user id is taken",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(
            @PathParam("orgId") String orgId,
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(implementation = NewUser.class)))
                    NewUser body) {
        NewUser user = Requests.body(body);
        UserView created = users.createUser(orgId, user.data(), user.roleSet());
        return Response.created(uriInfo.getBaseUriBuilder()
                        .path("users")
                        .path(created.userId())
                        .build())
                .entity(User.of(created))
                .tag(Versions.tag(created.version()))
                .build();
    }
}
