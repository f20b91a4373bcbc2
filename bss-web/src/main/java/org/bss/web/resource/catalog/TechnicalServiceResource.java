package org.bss.web.resource.catalog;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.LinkedHashSet;
import java.util.List;
import org.bss.catalog.CommunicationCheck;
import org.bss.catalog.TechnicalServiceImport;
import org.bss.catalog.TechnicalServiceService;
import org.bss.catalog.TechnicalServiceSummary;
import org.bss.common.security.Roles;
import org.bss.web.ApiApplication;
import org.bss.web.problem.Problem;
import org.bss.web.problem.Problems;
import org.bss.web.problem.WebMessages;
import org.bss.web.resource.Requests;
import org.bss.web.resource.UploadedFile;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Technical services of the caller's organization (SVC-1, G.7) as technical-services files (format 1.9,
 * docs/catalog.md): import, list, export. The rules are TechnicalServiceService's.
 */
@ApplicationScoped
@Path("technical-services")
@Tag(name = "technical-services", description = "Technical services (technology managers)")
@RolesAllowed(Roles.TECHNOLOGY_MANAGER)
@SecurityRequirement(name = ApiApplication.BEARER)
@APIResponse(
        responseCode = "401",
        description = "No valid access token",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
        responseCode = "403",
        description = "Not a technology manager of a technology provider",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class TechnicalServiceResource {

    private static final String XML = "application/xml";

    @EJB
    private TechnicalServiceService technicalServices;

    @Context
    private HttpHeaders headers;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The organization's technical services, by id")
    @APIResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = TechnicalServiceSummary[].class)))
    public List<TechnicalServiceSummary> list() {
        return technicalServices.listTechnicalServices();
    }

    @POST
    @Consumes({XML, MediaType.TEXT_XML})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Import a technical-services file",
            description = "Creates the file's technical services the organization does not have and replaces the"
                    + " definitions of those it has. A file with any problem is refused whole: 422 with every"
                    + " problem (line, column, message) in `errors`.")
    @APIResponse(
            responseCode = "200",
            description = "The ids created and updated",
            content = @Content(schema = @Schema(implementation = TechnicalServiceImport.class)))
    @APIResponse(
            responseCode = "422",
            description = "The file breaks the format or its rules; nothing imported",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TechnicalServiceImport importFile(
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = XML,
                                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
                    InputStream body) {
        byte[] xml = UploadedFile.read(body, headers.getLength());
        return technicalServices.importTechnicalServices(xml, WebMessages.choose(headers.getAcceptableLanguages()));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a technical service")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(
            responseCode = "404",
            description = "The organization has no technical service of this id",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response delete(@PathParam("id") String id) {
        technicalServices.deleteTechnicalService(id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/communication-check")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Validate communication",
            description = "One GET of the technical service's provisioning URL (http or https, no redirects, 10 s);"
                    + " `reached` when it answers 2xx.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CommunicationCheck.class)))
    @APIResponse(
            responseCode = "422",
            description = "The technical service has no provisioning URL",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CommunicationCheck checkCommunication(@PathParam("id") String id) {
        return technicalServices.validateCommunication(id);
    }

    @GET
    @Path("{id}/suppliers")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The suppliers that may define services on the technical service (organization ids)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = String[].class)))
    public List<String> suppliers(@PathParam("id") String id) {
        return technicalServices.listSuppliers(id);
    }

    @POST
    @Path("{id}/suppliers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Allow suppliers to define services on the technical service",
            description = "Those already allowed stay. An unknown organization (404) or one that is no supplier (422)"
                    + " changes nothing.")
    @APIResponse(
            responseCode = "200",
            description = "All suppliers allowed now",
            content = @Content(schema = @Schema(implementation = String[].class)))
    public List<String> addSuppliers(
            @PathParam("id") String id,
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(implementation = SupplierIds.class)))
                    SupplierIds body) {
        return technicalServices.addSuppliers(id, Requests.body(body).ids());
    }

    @DELETE
    @Path("{id}/suppliers/{orgId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "No longer allow a supplier to define services on the technical service")
    @APIResponse(
            responseCode = "200",
            description = "The suppliers still allowed",
            content = @Content(schema = @Schema(implementation = String[].class)))
    public List<String> removeSupplier(@PathParam("id") String id, @PathParam("orgId") String orgId) {
        return technicalServices.removeSupplier(id, orgId);
    }

    @GET
    @Path("export")
    @Produces(XML)
    @Operation(
            summary = "Export technical services as one file",
            description = "The services named by `id` (repeatable), or all of the organization's without it.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = XML))
    @APIResponse(
            responseCode = "404",
            description = "An id the organization has no technical service of",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response export(@QueryParam("id") List<String> ids) {
        byte[] file = technicalServices.exportTechnicalServices(new LinkedHashSet<>(ids));
        return Response.ok(file, XML)
                .header("Content-Disposition", "attachment; filename=\"technical-services.xml\"")
                .build();
    }
}
