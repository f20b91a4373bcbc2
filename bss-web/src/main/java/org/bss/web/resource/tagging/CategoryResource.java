package org.bss.web.resource.tagging;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.bss.common.security.Roles;
import org.bss.tagging.CategorizationService;
import org.bss.tagging.CategoryNames;
import org.bss.tagging.CategoryView;
import org.bss.web.ApiApplication;
import org.bss.web.problem.Problem;
import org.bss.web.problem.Problems;
import org.bss.web.resource.QueryParams;
import org.bss.web.resource.Requests;
import org.bss.web.resource.Versions;
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
 * A marketplace's categories (MKT-3, G.4 "Manage categories"): anyone logged in reads them, the marketplace owner
 * creates, changes and deletes them. A root resource of its own with the full path, so that it does not shadow
 * {@code /marketplaces/{id}}; the rules are CategorizationService's.
 */
@ApplicationScoped
@Path("marketplaces/{marketplaceId}/categories")
@Tag(name = "categories", description = "Categories of marketplaces, tags and the services in them")
@RolesAllowed(Roles.LOGGED_IN)
@SecurityRequirement(name = ApiApplication.BEARER)
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(
        responseCode = "401",
        description = "No valid access token",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
        responseCode = "403",
        description = "A change by someone who does not own the marketplace",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
        responseCode = "404",
        description = "No such marketplace or category",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class CategoryResource {

    @EJB
    private CategorizationService categories;

    @Context
    private UriInfo uriInfo;

    @Context
    private HttpHeaders headers;

    /** The body of POST and PUT. */
    @Schema(name = "CategoryRequest")
    public static class Body {
        @Schema(description = "Required on POST; on PUT a new id (left out: kept)", maxLength = CategoryNames.ID_MAX)
        public String categoryId;

        @Schema(description = "Name per locale (en, de, ja), each 1..100 characters; at least one", required = true)
        public Map<String, String> names;

        @Schema(description = "PUT: the version read (or If-Match)")
        public Long version;
    }

    @GET
    @Operation(summary = "The marketplace's categories, by id", description = "Each with its name in the locale.")
    @APIResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = CategoryView.class, type = SchemaType.ARRAY)))
    public List<CategoryView> list(
            @PathParam("marketplaceId") String marketplaceId,
            @Parameter(description = "en, de or ja; default: the Accept-Language") @QueryParam("locale")
                    String locale) {
        return categories.list(marketplaceId, Locales.of(locale, headers));
    }

    @POST
    @RolesAllowed(Roles.MARKETPLACE_OWNER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a category (the marketplace's owner)")
    @APIResponse(
            responseCode = "201",
            headers =
                    @Header(name = "Location", description = "…/marketplaces/{marketplaceId}/categories/{categoryId}"),
            content = @Content(schema = @Schema(implementation = CategoryView.class)))
    @APIResponse(
            responseCode = "409",
            description = "The marketplace has a category of this id",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "A bad id, locale or name",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@PathParam("marketplaceId") String marketplaceId, Body body) {
        Requests.body(body);
        CategoryView view = categories.create(
                marketplaceId, Requests.required(body.categoryId, "categoryId"), Requests.present(body.names, "names"));
        return Response.created(uriInfo.getBaseUriBuilder()
                        .path("marketplaces")
                        .path(marketplaceId)
                        .path("categories")
                        .path(view.categoryId())
                        .build())
                .entity(view)
                .tag(Versions.tag(view.version()))
                .build();
    }

    @GET
    @Path("{categoryId}")
    @Operation(summary = "One category", description = "The ETag is the version to send back.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CategoryView.class)))
    public Response one(
            @PathParam("marketplaceId") String marketplaceId,
            @PathParam("categoryId") String categoryId,
            @QueryParam("locale") String locale) {
        return answer(categories.get(marketplaceId, categoryId, Locales.of(locale, headers)));
    }

    @PUT
    @Path("{categoryId}")
    @RolesAllowed(Roles.MARKETPLACE_OWNER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a category's id and names (the marketplace's owner)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CategoryView.class)))
    @APIResponse(
            responseCode = "409",
            description = "Stale version, or the new id is taken",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "A bad id, locale or name",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response change(
            @PathParam("marketplaceId") String marketplaceId,
            @PathParam("categoryId") String categoryId,
            Body body,
            @Parameter(description = "The ETag read; instead of or equal to the body's version")
                    @HeaderParam("If-Match")
                    String ifMatch) {
        Requests.body(body);
        long version = Requests.present(Versions.expected(body.version, ifMatch), "version");
        return answer(categories.change(
                marketplaceId, categoryId, body.categoryId, Requests.present(body.names, "names"), version));
    }

    @DELETE
    @Path("{categoryId}")
    @RolesAllowed(Roles.MARKETPLACE_OWNER)
    @Operation(
            summary = "Delete a category (the marketplace's owner)",
            description = "The services in it are no longer in it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(
            responseCode = "409",
            description = "Stale version",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response delete(
            @PathParam("marketplaceId") String marketplaceId,
            @PathParam("categoryId") String categoryId,
            @Parameter(description = "The version read; without it the category is deleted whatever changed")
                    @QueryParam("version")
                    String version,
            @HeaderParam("If-Match") String ifMatch) {
        categories.delete(
                marketplaceId, categoryId, Versions.expected(QueryParams.optionalLong("version", version), ifMatch));
        return Response.noContent().build();
    }

    private static Response answer(CategoryView view) {
        return Response.ok(view).tag(Versions.tag(view.version())).build();
    }
}
