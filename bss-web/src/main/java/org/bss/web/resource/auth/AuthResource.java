package org.bss.web.resource.auth;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.bss.identity.IdentityService;
import org.bss.identity.token.TokenService;
import org.bss.web.problem.Problem;
import org.bss.web.problem.Problems;
import org.bss.web.resource.Requests;
import org.bss.web.resource.auth.AuthDto.PasswordChangeRequest;
import org.bss.web.resource.auth.AuthDto.RefreshRequest;
import org.bss.web.resource.auth.AuthDto.RevokeRequest;
import org.bss.web.resource.auth.AuthDto.TokenRequest;
import org.bss.web.resource.auth.AuthDto.TokenResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Tokens and password change (API-1..3, API-6); unauthenticated: the body carries the credentials. */
@ApplicationScoped
@Path("auth")
@Tag(name = "auth", description = "Access and refresh tokens, password change")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    @EJB
    private TokenService tokens;

    @EJB
    private IdentityService identity;

    @POST
    @Path("token")
    @Operation(
            summary = "Issue an access and a refresh token",
            description =
                    "For user id + password of an internally authenticated user. Revokes the user's previous pair. "
                            + "A user whose password must be changed gets no token (403, type .../password-change-required).")
    @APIResponse(
            responseCode = "200",
            description = "The new pair",
            content = @Content(schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(
            responseCode = "401",
            description = "Wrong credentials or locked account",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description = "Password change required",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response token(TokenRequest body) {
        Requests.body(body);
        TokenResponse pair = TokenResponse.of(
                tokens.issue(Requests.required(body.userId, "userId"), Requests.required(body.password, "password")));
        return noStore(pair);
    }

    @POST
    @Path("refresh")
    @Operation(
            summary = "Exchange the refresh token for a new pair",
            description = "Both previous tokens are revoked; the new pair carries the user's current roles. A refresh"
                    + " token used a second time also revokes the pair it produced (the user logs in again).")
    @APIResponse(
            responseCode = "200",
            description = "The new pair",
            content = @Content(schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(
            responseCode = "401",
            description = "Refresh token invalid, expired, spent or revoked, or the user locked, deleted or bound to"
                    + " change the password",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response refresh(RefreshRequest body) {
        Requests.body(body);
        return noStore(TokenResponse.of(tokens.refresh(Requests.required(body.refreshToken, "refresh_token"))));
    }

    @POST
    @Path("revoke")
    @Operation(
            summary = "Revoke a token pair",
            description = "Takes the access or the refresh token; unknown tokens are ignored (RFC 7009).")
    @APIResponse(responseCode = "204", description = "Revoked (or nothing to revoke)")
    public Response revoke(RevokeRequest body) {
        Requests.body(body);
        tokens.revoke(Requests.required(body.token, "token"));
        return Response.noContent().build();
    }

    @POST
    @Path("password")
    @Operation(
            summary = "Change a password",
            description = "Same policy as the portal; clears 'password change required'.")
    @APIResponse(responseCode = "204", description = "Changed")
    @APIResponse(
            responseCode = "401",
            description = "Wrong old password or locked account",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "The new password breaks the policy",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response changePassword(PasswordChangeRequest body) {
        Requests.body(body);
        identity.changePassword(
                Requests.required(body.userId, "userId"),
                Requests.required(body.oldPassword, "oldPassword"),
                Requests.required(body.newPassword, "newPassword"));
        return Response.noContent().build();
    }

    private static Response noStore(Object entity) {
        return Response.ok(entity)
                .header("Cache-Control", "no-store")
                .header("Pragma", "no-cache")
                .build();
    }
}
