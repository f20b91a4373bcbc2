package org.bss.web.resource.marketplace;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.bss.common.security.Roles;
import org.bss.marketplace.PublicationView;
import org.bss.marketplace.PublishingService;
import org.bss.web.ApiApplication;
import org.bss.web.problem.Problem;
import org.bss.web.problem.Problems;
import org.bss.web.problem.WebMessages;
import org.bss.web.resource.Requests;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Where a supplier's service is on sale (G.3 publish settings); the rules are PublishingService's. */
@ApplicationScoped
@Path("services/{key: [0-9]{1,18}}/publication")
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
        description = "Not a service manager of a supplier, or the supplier may not publish on the marketplace",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
        responseCode = "404",
        description = "The organization has no service of this key, or no such marketplace",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class PublicationResource {

    @EJB
    private PublishingService publishing;

    @Context
    private HttpHeaders headers;

    /** The request body of PUT publication. */
    @Schema(name = "Publication")
    public static class Target {
        @Schema(required = true)
        public String marketplaceId;

        @Schema(description = "Shown in the marketplace's catalog", defaultValue = "true")
        public Boolean visibleInCatalog;
    }

    @GET
    @Operation(summary = "Where the service is published, and its status")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PublicationView.class)))
    @APIResponse(
            responseCode = "422",
            description = "Not published",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PublicationView get(@PathParam("key") long key) {
        return publishing.get(key);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Publish an inactive service on a marketplace",
            description = "One marketplace per service (publishing elsewhere moves it), where the supplier may"
                    + " publish; shown in the catalog or not. Audited (Assign service to marketplace, Set service as"
                    + " public).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PublicationView.class)))
    @APIResponse(
            responseCode = "409",
            description = "The service is not inactive",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PublicationView publish(@PathParam("key") long key, Target body) {
        Requests.body(body);
        return publishing.publish(
                key,
                Requests.required(body.marketplaceId, "marketplaceId"),
                !Boolean.FALSE.equals(body.visibleInCatalog),
                language());
    }

    private String language() {
        return WebMessages.choose(headers.getAcceptableLanguages()).getLanguage();
    }
}
