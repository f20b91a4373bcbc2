package org.bss.web.resource.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.bss.audit.AuditLogService;
import org.bss.audit.AuditPeriod;
import org.bss.common.security.Roles;
import org.bss.web.ApiApplication;
import org.bss.web.problem.Problem;
import org.bss.web.problem.Problems;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The audit-log export (AUD-3, AUD-4) for the platform operator: the days from..to, as text (one export line per
 * entry, like the CLI's file) or JSON. More entries than AUDIT_LOG_MAX_ENTRIES_RETRIEVED: 422, narrow the period.
 */
@ApplicationScoped
@Path("audit-log")
@Tag(name = "audit-log", description = "Audit log export (operator)")
@RolesAllowed(Roles.PLATFORM_OPERATOR)
@SecurityRequirement(name = ApiApplication.BEARER)
@APIResponse(
        responseCode = "401",
        description = "No valid access token",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
        responseCode = "403",
        description = "Not a platform operator",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
        responseCode = "422",
        description = "A date missing or not YYYY-MM-DD, from after to, or more entries than "
                + "AUDIT_LOG_MAX_ENTRIES_RETRIEVED (choose a shorter period)",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class AuditLogResource {

    static final String TEXT = "text/plain;charset=UTF-8";
    static final String JSON = MediaType.APPLICATION_JSON + ";qs=0.5";

    @EJB
    private AuditLogService auditLog;

    @GET
    @Produces(TEXT)
    @Operation(
            summary = "Export the audit log as text",
            description = "One line per entry, oldest first: "
                    + "MM/DD/YYYY_HH:MM:SS.sss,FSP_INTS-BSS,INFO,<id>,<operation name>,<pairs> (days in TIME_ZONE_ID).")
    @APIResponse(
            responseCode = "200",
            content = @Content(mediaType = TEXT, schema = @Schema(implementation = String.class)))
    public Response text(
            @Parameter(description = "First day, YYYY-MM-DD", required = true) @QueryParam("from") String from,
            @Parameter(description = "Last day (inclusive), YYYY-MM-DD", required = true) @QueryParam("to") String to,
            @Parameter(description = "Only the operations of this user id") @QueryParam("userId") String userId) {
        StringBuilder b = new StringBuilder();
        export(from, to, userId).forEach(line -> b.append(line).append('\n'));
        return Response.ok(b.toString(), TEXT)
                .header("Cache-Control", "no-store")
                .build();
    }

    @GET
    @Produces(JSON) // text is the default when the client accepts both
    @Operation(
            summary = "Export the audit log as JSON",
            description = "The same lines in a JSON object (Accept: application/json).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AuditLogDto.class)))
    public Response json(
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("userId") String userId) {
        return Response.ok(AuditLogDto.of(from, to, export(from, to, userId)), MediaType.APPLICATION_JSON_TYPE)
                .header("Cache-Control", "no-store")
                .build();
    }

    private List<String> export(String from, String to, String userId) {
        return auditLog.export(AuditPeriod.parseDate(from), AuditPeriod.parseDate(to), userId);
    }
}
