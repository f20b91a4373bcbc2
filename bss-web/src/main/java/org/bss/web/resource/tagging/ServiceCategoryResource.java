package org.bss.web.resource.tagging;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.bss.common.security.Roles;
import org.bss.tagging.CategoryView;
import org.bss.tagging.ServiceCategoryService;
import org.bss.web.ApiApplication;
import org.bss.web.problem.Problem;
import org.bss.web.problem.Problems;
import org.bss.web.problem.WebMessages;
import org.bss.web.resource.Requests;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The categories of a supplier's service (G.3 publish settings); the rules are ServiceCategoryService's. */
@ApplicationScoped
@Path("services/{key: [0-9]{1,18}}/categories")
@Tag(name = "services")
@RolesAllowed(Roles.SERVICE_MANAGER)
@SecurityRequirement(name = ApiApplication.BEARER)
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(
        responseCode = "401",
        description = "No valid access token",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
        responseCode = "403",
        description = "Not a service manager of a supplier",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
        responseCode = "404",
        description = "The organization has no service of this key, or its marketplace no such category",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ServiceCategoryResource {

    @EJB
    private ServiceCategoryService assignments;

    @Context
    private HttpHeaders headers;

    /** The body of PUT: the ids of the categories, of the marketplace the service is published on. */
    @Schema(name = "ServiceCategories")
    public static class Body {
        @Schema(required = true, description = "Category ids; empty: in no category")
        public List<String> categoryIds;
    }

    @GET
    @Operation(summary = "The service's categories (of the marketplace it is published on)")
    @APIResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = CategoryView.class, type = SchemaType.ARRAY)))
    public List<CategoryView> get(@PathParam("key") long key, @QueryParam("locale") String locale) {
        return assignments.get(key, Locales.of(locale, headers));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Put an inactive, published service in exactly these categories",
            description = "Audited (Assign categories, the names in the Accept-Language).")
    @APIResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = CategoryView.class, type = SchemaType.ARRAY)))
    @APIResponse(
            responseCode = "409",
            description = "The service is not inactive",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "The service is not published",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<CategoryView> assign(@PathParam("key") long key, Body body) {
        Requests.body(body);
        List<String> ids = Requests.present(body.categoryIds, "categoryIds");
        return assignments.assign(
                key, ids, WebMessages.choose(headers.getAcceptableLanguages()).getLanguage());
    }
}
