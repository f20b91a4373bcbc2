package org.bss.web.resource.catalog;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.bss.catalog.LocalizedText;
import org.bss.catalog.PriceModelLocalization;
import org.bss.catalog.PriceModelService;
import org.bss.catalog.PriceModelState;
import org.bss.catalog.PriceModelTerms;
import org.bss.catalog.PriceModelView;
import org.bss.common.security.Roles;
import org.bss.web.ApiApplication;
import org.bss.web.problem.Problem;
import org.bss.web.problem.Problems;
import org.bss.web.problem.WebMessages;
import org.bss.web.resource.Requests;
import org.bss.web.resource.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The price model of a supplier's service (SVC-3, G.6) and its history; the rules are PriceModelService's. */
@ApplicationScoped
@Path("services/{key: [0-9]{1,18}}/price-model")
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
        description = "The organization has no service of this key (or, reading, it has no price model yet)",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class PriceModelResource {

    @EJB
    private PriceModelService priceModels;

    @Context
    private HttpHeaders headers;

    @GET
    @Operation(summary = "The service's price model", description = "The ETag is the version to send back.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PriceModelView.class)))
    public Response get(@PathParam("key") long key) {
        return answer(priceModels.get(key));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Set the service's price model",
            description = "Creates or replaces it while the service is inactive; every state is kept in the history."
                    + " Free (FREE_OF_CHARGE, no prices) or priced: a currency the platform supports, a period, no"
                    + " negative price, the technical service's roles, parameters, options and events, steps that"
                    + " climb and end open.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PriceModelView.class)))
    @APIResponse(
            responseCode = "409",
            description = "Stale version, or the service is not inactive",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "A price rule broken; the detail names the price by its path",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response put(
            @PathParam("key") long key,
            PriceModelTerms body,
            @Parameter(description = "The ETag read; without it the price model is set whatever changed")
                    @HeaderParam("If-Match")
                    String ifMatch) {
        return answer(priceModels.save(key, Requests.body(body), Versions.expected(null, ifMatch), language()));
    }

    @GET
    @Path("history")
    @Operation(summary = "Every state the price model had, oldest first")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PriceModelState[].class)))
    public List<PriceModelState> history(@PathParam("key") long key) {
        return priceModels.history(key);
    }

    @GET
    @Path("localization")
    @Operation(summary = "The price model's description and license per language")
    @APIResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = PriceModelLocalization.class)))
    public PriceModelLocalization localization(@PathParam("key") long key) {
        return priceModels.localization(key);
    }

    @PUT
    @Path("localization")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Set the price model's description and license in some languages",
            description = "Whatever the service's status. Each language at most once per list; an empty text removes"
                    + " it; languages not given stay. Description ≤ 2,000, license ≤ 100,000 characters.")
    @APIResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = PriceModelLocalization.class)))
    @APIResponse(
            responseCode = "422",
            description = "An unknown language, a language twice, a text too long",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PriceModelLocalization localize(@PathParam("key") long key, PriceModelLocalization body) {
        return priceModels.localize(key, Requests.body(body), language());
    }

    @GET
    @Path("license-templates")
    @Operation(summary = "The technical service's license texts, to start the price model's license from")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = LocalizedText[].class)))
    public List<LocalizedText> licenseTemplates(@PathParam("key") long key) {
        return priceModels.licenseTemplates(key);
    }

    private String language() {
        return WebMessages.choose(headers.getAcceptableLanguages()).getLanguage();
    }

    private static Response answer(PriceModelView view) {
        return Response.ok(view).tag(Versions.tag(view.version())).build();
    }
}
