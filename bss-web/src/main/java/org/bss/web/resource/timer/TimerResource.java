package org.bss.web.resource.timer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.bss.common.security.Roles;
import org.bss.timer.TimerAdminService;
import org.bss.timer.TimerExpiration;
import org.bss.web.ApiApplication;
import org.bss.web.problem.Problem;
import org.bss.web.problem.Problems;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The timers (TMR-4, guide §3.4.3–3.4.4) for the platform operator: next expirations and re-initialisation. */
@ApplicationScoped
@Path("timers")
@Tag(name = "timers", description = "Timers and their next expirations (operator)")
@RolesAllowed(Roles.PLATFORM_OPERATOR)
@SecurityRequirement(name = ApiApplication.BEARER)
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(
        responseCode = "401",
        description = "No valid access token",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
        responseCode = "403",
        description = "Not a platform operator",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class TimerResource {

    @EJB
    private TimerAdminService timers;

    @GET
    @Operation(
            summary = "Every timer with its next expiration",
            description = "A disabled timer has no nextExpiration.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TimerDto[].class)))
    public List<TimerDto> all() {
        return dtos(timers.retrieveTimerExpirations());
    }

    @POST
    @Path("reinit")
    @Operation(
            summary = "Re-initialise every timer",
            description = "Recomputes each timer's next expiration from the "
                    + "current settings and BSS's clock (BSS also does it by itself when a timer setting is saved).")
    @APIResponse(
            responseCode = "200",
            description = "The timers with their new expirations",
            content = @Content(schema = @Schema(implementation = TimerDto[].class)))
    public List<TimerDto> reinit() {
        return dtos(timers.reinitTimers());
    }

    private static List<TimerDto> dtos(List<TimerExpiration> expirations) {
        return expirations.stream().map(TimerDto::of).toList();
    }
}
