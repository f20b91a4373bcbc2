package org.bss.web.resource;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.bss.common.log.BssLog;
import org.bss.common.log.LogFeature;
import org.bss.common.log.LogMessage;
import org.bss.config.PublicSettings;
import org.bss.web.problem.ApiProblemException;
import org.bss.web.problem.ProblemType;
import org.bss.web.resource.Dto.Health;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Health check (API-5): published unless API_PUBLISH_HEALTHCHECK is false. */
@ApplicationScoped
@Path("health")
@Tag(name = "health", description = "Health check")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    private static final BssLog LOG = BssLog.system(LogFeature.REST);

    @EJB
    private PublicSettings settings;

    @GET
    @Operation(summary = "Health check", description = "UP when BSS and its database answer. 404 when not published.")
    @APIResponse(
            responseCode = "200",
            description = "UP",
            content = @Content(schema = @Schema(implementation = Health.class)))
    @APIResponse(responseCode = "404", description = "Health check not published (API_PUBLISH_HEALTHCHECK=false)")
    @APIResponse(
            responseCode = "503",
            description = "DOWN",
            content = @Content(schema = @Schema(implementation = Health.class)))
    public Response health() {
        boolean published;
        try {
            published = settings.healthCheckPublished();
        } catch (RuntimeException e) {
            LOG.warn(LogMessage.REST_HEALTH_DATABASE, e);
            return Response.status(503)
                    .entity(Health.of("DOWN"))
                    .header("Cache-Control", "no-store")
                    .build();
        }
        if (!published) {
            throw new ApiProblemException(ProblemType.NOT_FOUND, "detail.not-found", "/bss/api/v1/health");
        }
        return Response.ok(Health.of("UP")).header("Cache-Control", "no-store").build();
    }
}
