package org.bss.web.resource.marketplace;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.bss.common.persistence.PageRequest;
import org.bss.common.security.Roles;
import org.bss.marketplace.MarketplaceService;
import org.bss.marketplace.MarketplaceView;
import org.bss.web.ApiApplication;
import org.bss.web.problem.Problem;
import org.bss.web.problem.Problems;
import org.bss.web.resource.QueryParams;
import org.bss.web.resource.Requests;
import org.bss.web.resource.Versions;
import org.bss.web.resource.marketplace.MarketplaceDto.Change;
import org.bss.web.resource.marketplace.MarketplaceDto.MarketplaceList;
import org.bss.web.resource.marketplace.MarketplaceDto.New;
import org.bss.web.resource.marketplace.MarketplaceDto.Owner;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Marketplaces (MKT-1, G.4): the operator creates, lists, reads, changes, reassigns and deletes them; an owner lists,
 * reads, changes (and renames) and reassigns its own. The rules are MarketplaceService's; a marketplace is addressed
 * by its marketplace id. Who may publish is {@link SupplierAccessResource}.
 */
@ApplicationScoped
@Path("marketplaces")
@Tag(name = "marketplaces", description = "Marketplaces (operator, marketplace owners)")
@RolesAllowed({Roles.PLATFORM_OPERATOR, Roles.MARKETPLACE_OWNER})
@SecurityRequirement(name = ApiApplication.BEARER)
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(
        responseCode = "401",
        description = "No valid access token",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
        responseCode = "403",
        description = "Neither the operator nor a marketplace owner, or an operation of the other one",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
        responseCode = "404",
        description = "No marketplace of this id the caller may see",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class MarketplaceResource {

    @EJB
    private MarketplaceService marketplaces;

    @Context
    private UriInfo uriInfo;

    @GET
    @Operation(
            summary = "Marketplaces, by id",
            description = "Every marketplace for the operator, its own for an owner; one page, with the total number.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = MarketplaceList.class)))
    @APIResponse(
            responseCode = "422",
            description = "offset or limit out of range",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MarketplaceList list(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0")) @QueryParam("offset")
                    String offset,
            @Parameter(description = "1..500", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "50"))
                    @QueryParam("limit")
                    String limit) {
        return MarketplaceList.of(marketplaces.list(new PageRequest(
                QueryParams.number("offset", offset, 0),
                QueryParams.number("limit", limit, PageRequest.DEFAULT_LIMIT))));
    }

    @POST
    @RolesAllowed(Roles.PLATFORM_OPERATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Create a marketplace (operator)",
            description = "The id is generated: the owner's organization id for its first marketplace, else 8 hex"
                    + " characters. The owner gets the organization role MARKETPLACE_OWNER, its administrators the"
                    + " user role.")
    @APIResponse(
            responseCode = "201",
            headers = @Header(name = "Location", description = "/bss/api/v1/marketplaces/{marketplaceId}"),
            content = @Content(schema = @Schema(implementation = MarketplaceView.class)))
    @APIResponse(
            responseCode = "422",
            description = "No name, or one too long",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(New body) {
        MarketplaceView view = marketplaces.create(Requests.body(body).marketplace());
        return Response.created(uriInfo.getBaseUriBuilder()
                        .path("marketplaces")
                        .path(view.marketplaceId())
                        .build())
                .entity(view)
                .tag(Versions.tag(view.version()))
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One marketplace", description = "The ETag is the version to send back.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = MarketplaceView.class)))
    public Response one(@PathParam("id") String id) {
        return answer(marketplaces.get(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Change a marketplace's settings",
            description = "Name, open or restricted, tags, reviews, categories. Only the owner changes the name.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = MarketplaceView.class)))
    @APIResponse(
            responseCode = "409",
            description = "Stale version",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "No name, or one too long",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response change(
            @PathParam("id") String id,
            Change body,
            @Parameter(description = "The ETag read; instead of or equal to the body's version")
                    @HeaderParam("If-Match")
                    String ifMatch) {
        Requests.body(body);
        long version = Requests.present(Versions.expected(body.version, ifMatch), "version");
        return answer(marketplaces.change(id, body.settings(), version));
    }

    @PUT
    @Path("{id}/owner")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Give a marketplace another owner",
            description = "The new owner gets MARKETPLACE_OWNER; the previous one loses it (and its users the user"
                    + " role) when it owns no other marketplace.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = MarketplaceView.class)))
    @APIResponse(
            responseCode = "409",
            description = "Stale version",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response reassign(
            @PathParam("id") String id,
            Owner body,
            @Parameter(description = "The ETag read; instead of or equal to the body's version")
                    @HeaderParam("If-Match")
                    String ifMatch) {
        Requests.body(body);
        Long version = Versions.expected(body.version, ifMatch);
        return answer(marketplaces.reassign(
                id, Requests.required(body.owningOrganizationId, "owningOrganizationId"), version));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.PLATFORM_OPERATOR)
    @Operation(
            summary = "Delete a marketplace (operator)",
            description = "With who may publish on it; the owner loses MARKETPLACE_OWNER when it owns no other.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(
            responseCode = "409",
            description = "Stale version",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response delete(
            @PathParam("id") String id,
            @Parameter(description = "The version read; without it the marketplace is deleted whatever changed")
                    @QueryParam("version")
                    String version,
            @Parameter(description = "The ETag read; instead of or equal to the version parameter")
                    @HeaderParam("If-Match")
                    String ifMatch) {
        marketplaces.delete(id, Versions.expected(QueryParams.optionalLong("version", version), ifMatch));
        return Response.noContent().build();
    }

    private static Response answer(MarketplaceView view) {
        return Response.ok(view).tag(Versions.tag(view.version())).build();
    }
}
