package org.bss.web.resource.mail;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.bss.common.security.Roles;
import org.bss.mail.ParkedMailService;
import org.bss.web.ApiApplication;
import org.bss.web.problem.Problem;
import org.bss.web.problem.Problems;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Mails whose delivery failed (docs/mail.md), for the platform operator: the list and "re-send". */
@ApplicationScoped
@Path("parked-mails")
@Tag(name = "mails", description = "Mails whose delivery failed (operator)")
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
public class ParkedMailResource {

    @EJB
    private ParkedMailService mails;

    @GET
    @Operation(
            summary = "Every mail whose delivery failed and that is not sent yet",
            description = "Waiting for its next attempt, on the queue again, or parked after its last attempt;"
                    + " the latest failure first.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ParkedMailDto[].class)))
    public List<ParkedMailDto> all() {
        return mails.parkedMails().stream().map(ParkedMailDto::of).toList();
    }

    @POST
    @Path("{taskId}/resend")
    @Operation(
            summary = "Send a failed mail again now",
            description = "Puts the mail on the task queue; its retry schedule starts over. The mail leaves the list"
                    + " once it is sent.")
    @APIResponse(
            responseCode = "200",
            description = "The mail, now SENDING",
            content = @Content(schema = @Schema(implementation = ParkedMailDto.class)))
    @APIResponse(
            responseCode = "404",
            description = "No failed mail has this id (it may have been sent meanwhile)",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "The mail is on the queue already",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ParkedMailDto resend(@PathParam("taskId") String taskId) {
        return ParkedMailDto.of(mails.resend(taskId));
    }
}
