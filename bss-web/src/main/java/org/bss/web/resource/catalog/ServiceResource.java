package org.bss.web.resource.catalog;

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
import org.bss.catalog.MarketableServiceService;
import org.bss.catalog.ServiceTexts;
import org.bss.catalog.ServiceView;
import org.bss.common.persistence.PageRequest;
import org.bss.common.security.Roles;
import org.bss.web.ApiApplication;
import org.bss.web.problem.Problem;
import org.bss.web.problem.Problems;
import org.bss.web.problem.WebMessages;
import org.bss.web.resource.QueryParams;
import org.bss.web.resource.Requests;
import org.bss.web.resource.Versions;
import org.bss.web.resource.catalog.ServiceDto.Change;
import org.bss.web.resource.catalog.ServiceDto.Copy;
import org.bss.web.resource.catalog.ServiceDto.Localization;
import org.bss.web.resource.catalog.ServiceDto.New;
import org.bss.web.resource.catalog.ServiceDto.ServiceList;
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
 * The services of the caller's organization, a supplier (SVC-2, G.3): define, list, read, change, localize, copy,
 * delete. The rules are MarketableServiceService's; a service is addressed by its key.
 */
@ApplicationScoped
@Path("services")
@Tag(name = "services", description = "Services (service managers of suppliers)")
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
        description = "The organization has no service of this key",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ServiceResource {

    private static final String KEY = "{key: [0-9]{1,18}}";

    @EJB
    private MarketableServiceService services;

    @Context
    private UriInfo uriInfo;

    @Context
    private HttpHeaders headers;

    @GET
    @Operation(summary = "The organization's services, by id", description = "One page, with the total number.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ServiceList.class)))
    @APIResponse(
            responseCode = "422",
            description = "offset or limit out of range",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ServiceList list(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0")) @QueryParam("offset")
                    String offset,
            @Parameter(description = "1..500", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "50"))
                    @QueryParam("limit")
                    String limit) {
        return ServiceList.of(services.list(new PageRequest(
                QueryParams.number("offset", offset, 0),
                QueryParams.number("limit", limit, PageRequest.DEFAULT_LIMIT))));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Define a service on a technical service",
            description = "Inactive; parameters checked against the technical service (type, range, options,"
                    + " mandatory, configurable). Audited (Define service).")
    @APIResponse(
            responseCode = "201",
            headers = @Header(name = "Location", description = "/bss/api/v1/services/{key}"),
            content = @Content(schema = @Schema(implementation = ServiceView.class)))
    @APIResponse(
            responseCode = "409",
            description = "The organization has a service of this id",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "A field or parameter rule broken; the detail names it",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response define(New body) {
        return created(services.define(Requests.body(body).service()));
    }

    @GET
    @Path(KEY)
    @Operation(summary = "One service", description = "The ETag is the version to send back.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ServiceView.class)))
    public Response one(@PathParam("key") long key) {
        return answer(services.get(key));
    }

    @PUT
    @Path(KEY)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Change an inactive service",
            description = "Id, texts of one language, auto-assignment and parameters. Audited (Update service, and"
                    + " Update service parameter per changed parameter).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ServiceView.class)))
    @APIResponse(
            responseCode = "409",
            description = "Stale version, the service is not inactive, or the new id is taken",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "A field or parameter rule broken",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response change(
            @PathParam("key") long key,
            Change body,
            @Parameter(description = "The ETag read; instead of or equal to the body's version")
                    @HeaderParam("If-Match")
                    String ifMatch) {
        Requests.body(body);
        long version = Requests.present(Versions.expected(body.version, ifMatch), "version");
        return answer(services.change(key, body.change(), version));
    }

    @PUT
    @Path(KEY + "/texts/{locale}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Localize a service",
            description = "Replaces the texts of one language (en, de, ja); all empty removes the language. Audited"
                    + " (Localize service).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ServiceView.class)))
    @APIResponse(
            responseCode = "409",
            description = "Stale version",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response localize(
            @PathParam("key") long key,
            @PathParam("locale") String locale,
            Localization body,
            @Parameter(description = "The ETag read; instead of or equal to the body's version")
                    @HeaderParam("If-Match")
                    String ifMatch) {
        Requests.body(body);
        long version = Requests.present(Versions.expected(body.version, ifMatch), "version");
        ServiceTexts texts = new ServiceTexts(locale, body.name, body.shortDescription, body.description);
        return answer(services.localize(key, texts, version));
    }

    @POST
    @Path(KEY + "/copies")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Copy a service",
            description = "An inactive copy with the same texts and parameters under a new id. Audited (Copy service).")
    @APIResponse(
            responseCode = "201",
            headers = @Header(name = "Location", description = "/bss/api/v1/services/{key of the copy}"),
            content = @Content(schema = @Schema(implementation = ServiceView.class)))
    @APIResponse(
            responseCode = "409",
            description = "The new id is taken",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response copy(@PathParam("key") long key, Copy body) {
        Requests.body(body);
        return created(services.copy(key, Requests.required(body.serviceId, "serviceId"), language()));
    }

    @DELETE
    @Path(KEY)
    @Operation(summary = "Delete an inactive service", description = "Audited (Delete service).")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(
            responseCode = "409",
            description = "Stale version, or the service is not inactive",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response delete(
            @PathParam("key") long key,
            @Parameter(description = "The version read; without it the service is deleted whatever changed")
                    @QueryParam("version")
                    String version,
            @Parameter(description = "The ETag read; instead of or equal to the version parameter")
                    @HeaderParam("If-Match")
                    String ifMatch) {
        Long expected = Versions.expected(QueryParams.optionalLong("version", version), ifMatch);
        services.delete(key, expected, language());
        return Response.noContent().build();
    }

    private String language() {
        return WebMessages.choose(headers.getAcceptableLanguages()).getLanguage();
    }

    private Response created(ServiceView view) {
        return Response.created(uriInfo.getBaseUriBuilder()
                        .path("services")
                        .path(Long.toString(view.key()))
                        .build())
                .entity(view)
                .tag(Versions.tag(view.version()))
                .build();
    }

    private static Response answer(ServiceView view) {
        return Response.ok(view).tag(Versions.tag(view.version())).build();
    }
}
