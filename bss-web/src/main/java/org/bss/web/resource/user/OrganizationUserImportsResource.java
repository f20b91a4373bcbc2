package org.bss.web.resource.user;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.Locale;
import org.bss.common.security.Roles;
import org.bss.identity.UserImportService;
import org.bss.identity.UserImportView;
import org.bss.web.ApiApplication;
import org.bss.web.problem.Problem;
import org.bss.web.problem.Problems;
import org.bss.web.resource.user.ImportDto.Import;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Starting a CSV user import (USR-5, App. F) with the raw file as the body. Every media type reaches this method, so
 * that a wrong one gets a problem that speaks of CSV rather than JSON.
 */
@ApplicationScoped
@Path("organizations/{orgId}/user-imports")
@RolesAllowed({Roles.ORGANIZATION_ADMIN, Roles.PLATFORM_OPERATOR})
@SecurityRequirement(name = ApiApplication.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class OrganizationUserImportsResource {

    @EJB
    private UserImportService imports;

    @Context
    private UriInfo uriInfo;

    @Context
    private HttpHeaders headers;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Tag(name = ApiTags.IMPORTS, description = ApiTags.IMPORTS_DESCRIPTION)
    @Operation(
            summary = "Import users from a CSV file",
            description = "The file as the body (Content-Type: text/csv, "
                    + "UTF-8, at most 20 MB, format of App. F, docs/user-import.md). A broken file is refused at once (400); "
                    + "otherwise the import runs in the background: poll the Location until status is DONE.")
    @APIResponse(
            responseCode = "202",
            description = "Started",
            headers = @Header(name = "Location", description = "/bss/api/v1/user-imports/{importId}"),
            content = @Content(schema = @Schema(implementation = Import.class)))
    @APIResponse(
            responseCode = "400",
            description = "The file as a whole: not UTF-8, empty, too many users",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
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
            description = "No such organization, or another organization than the administrator's",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "413",
            description = "Larger than 20 MB",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "415",
            description = "Not text/csv, or a charset other than UTF-8",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response start(
            @PathParam("orgId") String orgId,
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = "text/csv",
                                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
                    InputStream body) {
        MediaType type = headers.getMediaType();
        CsvUpload.checkMediaType(
                type == null ? null : type.getType() + "/" + type.getSubtype(),
                type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER));
        byte[] csv = CsvUpload.read(body, headers.getLength());
        UserImportView started = imports.startImport(orgId, csv);
        Locale locale = Languages.of(headers);
        return Response.accepted(Import.of(started, locale))
                .location(uriInfo.getBaseUriBuilder()
                        .path("user-imports")
                        .path(started.importId())
                        .build())
                .header("Content-Language", locale.getLanguage())
                .build();
    }
}
