package org.bss.web.resource.search;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.bss.common.security.Roles;
import org.bss.search.SearchService;
import org.bss.web.ApiApplication;
import org.bss.web.problem.Problem;
import org.bss.web.problem.Problems;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The operator's rebuild of the search index from the database (docs/search.md). */
@ApplicationScoped
@Path("search/index")
@Tag(name = "search")
@RolesAllowed(Roles.PLATFORM_OPERATOR)
@SecurityRequirement(name = ApiApplication.BEARER)
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(
        responseCode = "401",
        description = "No valid access token",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
        responseCode = "403",
        description = "Not the operator",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class SearchIndexResource {

    @EJB
    private SearchService search;

    @POST
    @Path("rebuild")
    @Operation(
            summary = "Rebuild the search index (operator)",
            description = "Reindexes every service on sale from the database, in the background; the index then"
                    + " equals the one built change by change.")
    @APIResponse(responseCode = "202", description = "The rebuild is queued")
    public Response rebuild() {
        search.rebuild();
        return Response.accepted().build();
    }
}
