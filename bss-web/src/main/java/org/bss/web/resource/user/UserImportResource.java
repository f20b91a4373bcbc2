package org.bss.web.resource.user;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.bss.common.security.Roles;
import org.bss.identity.UserImportService;
import org.bss.web.ApiApplication;
import org.bss.web.problem.Problem;
import org.bss.web.problem.Problems;
import org.bss.web.resource.user.ImportDto.Import;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The state of a CSV user import: progress, counts, and the rejected lines with reasons in the caller's language. */
@ApplicationScoped
@Path("user-imports")
@RolesAllowed({Roles.ORGANIZATION_ADMIN, Roles.PLATFORM_OPERATOR})
@SecurityRequirement(name = ApiApplication.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class UserImportResource {

    @EJB
    private UserImportService imports;

    @Context
    private HttpHeaders headers;

    @GET
    @Path("{importId}")
    @Tag(name = ApiTags.IMPORTS, description = ApiTags.IMPORTS_DESCRIPTION)
    @Operation(
            summary = "State of a user import",
            description = "Rejected lines are listed once the import is "
                    + "finished, each with its reason in the language of Accept-Language (en, de, ja).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Import.class)))
    @APIResponse(
            responseCode = "401",
            description = "No valid access token",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description = "Neither organization administrator nor operator",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such import, or one of another organization",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("importId") String importId) {
        Locale locale = Languages.of(headers);
        Import state = Import.of(imports.getImport(importId), locale);
        // a running import changes with every poll
        return Response.ok(state)
                .header("Content-Language", locale.getLanguage())
                .header("Cache-Control", "no-store")
                .build();
    }
}
