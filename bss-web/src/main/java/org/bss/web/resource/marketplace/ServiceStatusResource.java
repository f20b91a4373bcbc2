package org.bss.web.resource.marketplace;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
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
import org.bss.web.problem.ApiProblemException;
import org.bss.web.problem.Problem;
import org.bss.web.problem.ProblemType;
import org.bss.web.problem.Problems;
import org.bss.web.problem.WebMessages;
import org.bss.web.resource.Requests;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Whether a supplier's service is on sale (G.3 activate and deactivate); the rules are PublishingService's. */
@ApplicationScoped
@Path("services/{key: [0-9]{1,18}}/status")
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
        description = "Not a service manager of a supplier, or the supplier may no longer publish on the marketplace",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
        responseCode = "404",
        description = "The organization has no service of this key",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ServiceStatusResource {

    @EJB
    private PublishingService publishing;

    @Context
    private HttpHeaders headers;

    /** The request body of PUT status. */
    @Schema(name = "ServiceStatusChange")
    public static class StatusChange {
        @Schema(
                required = true,
                enumeration = {"ACTIVE", "INACTIVE"})
        public String status;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Activate or deactivate a service",
            description = "ACTIVE needs a price model and a publication where the supplier may still publish;"
                    + " INACTIVE takes it off sale. Audited (Activate/deactivate service).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PublicationView.class)))
    @APIResponse(
            responseCode = "400",
            description = "A status other than ACTIVE or INACTIVE",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "ACTIVE asked for a service that is not inactive",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "No price model, or not published",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PublicationView status(@PathParam("key") long key, StatusChange body) {
        String status = Requests.required(Requests.body(body).status, "status");
        return switch (status) {
            case "ACTIVE" -> publishing.activate(key, language());
            case "INACTIVE" -> publishing.deactivate(key, language());
            default ->
                throw new ApiProblemException(ProblemType.MALFORMED_REQUEST, "detail.field-invalid", "status", status);
        };
    }

    private String language() {
        return WebMessages.choose(headers.getAcceptableLanguages()).getLanguage();
    }
}
