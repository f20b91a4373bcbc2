package org.bss.web.resource;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import org.bss.clock.TestClockService;
import org.bss.common.security.Roles;
import org.bss.web.ApiApplication;
import org.bss.web.problem.Problem;
import org.bss.web.problem.Problems;
import org.bss.web.resource.Dto.ClockAdvance;
import org.bss.web.resource.Dto.ClockState;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** BSS's clock in test mode (setting BSS_TEST_CLOCK_ENABLED=true), for the platform operator. */
@ApplicationScoped
@Path("test-clock")
@Tag(name = "test-clock", description = "Moving BSS's clock in test mode (operator)")
@RolesAllowed(Roles.PLATFORM_OPERATOR)
@SecurityRequirement(name = ApiApplication.BEARER)
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(
        responseCode = "401",
        description = "No valid access token",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
        responseCode = "403",
        description = "Not a platform operator, or test mode is off",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class TestClockResource {

    @EJB
    private TestClockService clock;

    @GET
    @Operation(summary = "BSS's current time")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ClockState.class)))
    public ClockState now() {
        return ClockState.of(clock.now());
    }

    @POST
    @Path("advance")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move the clock forward", description = "Only in test mode (BSS_TEST_CLOCK_ENABLED=true).")
    @APIResponse(
            responseCode = "200",
            description = "The new time",
            content = @Content(schema = @Schema(implementation = ClockState.class)))
    public ClockState advance(ClockAdvance body) {
        Requests.body(body);
        return ClockState.of(clock.advance(Duration.ofSeconds(Requests.present(body.seconds, "seconds"))));
    }

    @POST
    @Path("reset")
    @Operation(summary = "Back to the real time")
    @APIResponse(
            responseCode = "200",
            description = "The time after the reset",
            content = @Content(schema = @Schema(implementation = ClockState.class)))
    public ClockState reset() {
        return ClockState.of(clock.reset());
    }
}
