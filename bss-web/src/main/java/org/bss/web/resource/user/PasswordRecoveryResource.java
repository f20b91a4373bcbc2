package org.bss.web.resource.user;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.bss.identity.PasswordRecoveryService;
import org.bss.web.problem.Problem;
import org.bss.web.problem.Problems;
import org.bss.web.resource.Requests;
import org.bss.web.resource.user.RecoveryDto.Confirmation;
import org.bss.web.resource.user.RecoveryDto.Request;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * "Forgot password" (USR-3), unauthenticated: ask for a recovery link by user id, then set a new password with the
 * token of the link. The first answer is the same whether the user id exists or not.
 */
@ApplicationScoped
@Path("auth/password-recovery")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class PasswordRecoveryResource {

    @EJB
    private PasswordRecoveryService recovery;

    @POST
    @Tag(name = ApiTags.RECOVERY, description = ApiTags.RECOVERY_DESCRIPTION)
    @Operation(
            summary = "Ask for a password recovery link",
            description = "Always 202: when the user id names an "
                    + "active user with an e-mail address and a BSS password (not LDAP), a one-time link valid for 60 minutes "
                    + "goes to that address in the user's language.")
    @APIResponse(responseCode = "202", description = "Accepted (whether or not a mail was sent)")
    @APIResponse(
            responseCode = "400",
            description = "Malformed body",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response request(
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(implementation = Request.class)))
                    Request body) {
        recovery.requestRecovery(Requests.present(Requests.body(body).userId, "userId"));
        return Response.accepted().build();
    }

    @POST
    @Path("confirm")
    @Tag(name = ApiTags.RECOVERY, description = ApiTags.RECOVERY_DESCRIPTION)
    @Operation(
            summary = "Set a new password with a recovery token",
            description = "The token is valid once; the "
                    + "password must satisfy the password policy. The account needs no further password change.")
    @APIResponse(responseCode = "204", description = "Password set")
    @APIResponse(
            responseCode = "400",
            description = "Unknown, used or expired token, or a password the policy refuses",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response confirm(
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(implementation = Confirmation.class)))
                    Confirmation body) {
        Confirmation confirmation = Requests.body(body);
        recovery.completeRecovery(
                Requests.present(confirmation.token, "token"),
                Requests.present(confirmation.newPassword, "newPassword"));
        return Response.noContent().build();
    }
}
