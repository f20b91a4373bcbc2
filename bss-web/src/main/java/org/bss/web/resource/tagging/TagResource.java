package org.bss.web.resource.tagging;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.bss.common.security.Roles;
import org.bss.tagging.TagService;
import org.bss.tagging.TagView;
import org.bss.web.ApiApplication;
import org.bss.web.problem.Problem;
import org.bss.web.problem.Problems;
import org.bss.web.resource.QueryParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The tag cloud (MKT-4): the tags of the services on sale, counted per service, with TAGGING_MAX_TAGS and
 * TAGGING_MIN_SCORE; and the tags matching a pattern. The rules are TagService's.
 */
@ApplicationScoped
@Path("tags")
@Tag(name = "categories")
@RolesAllowed(Roles.LOGGED_IN)
@SecurityRequirement(name = ApiApplication.BEARER)
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(
        responseCode = "401",
        description = "No valid access token",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
        responseCode = "422",
        description = "A bad locale, pattern or limit",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class TagResource {

    @EJB
    private TagService tags;

    @Context
    private HttpHeaders headers;

    @GET
    @Operation(
            summary = "The tag cloud of a marketplace, or of all",
            description = "Highest number of services first; at most TAGGING_MAX_TAGS tags, each used by at least"
                    + " TAGGING_MIN_SCORE services on sale and shown in the catalog.")
    @APIResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = TagView.class, type = SchemaType.ARRAY)))
    @APIResponse(
            responseCode = "404",
            description = "No such marketplace",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<TagView> cloud(
            @Parameter(description = "Left out: every marketplace") @QueryParam("marketplaceId") String marketplaceId,
            @Parameter(description = "en, de or ja; default: the Accept-Language") @QueryParam("locale")
                    String locale) {
        String language = Locales.of(locale, headers);
        return marketplaceId == null ? tags.cloud(language) : tags.cloud(marketplaceId, language);
    }

    @GET
    @Path("matching")
    @Operation(
            summary = "Tags matching a pattern, by value",
            description = "A prefix, case ignored; * stands for any characters. Tags of services on sale and shown.")
    @APIResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = String.class, type = SchemaType.ARRAY)))
    public List<String> matching(
            @Parameter(required = true) @QueryParam("pattern") String pattern,
            @Parameter(description = "1..500", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20"))
                    @QueryParam("limit")
                    String limit,
            @QueryParam("locale") String locale) {
        return tags.matching(Locales.of(locale, headers), pattern, QueryParams.number("limit", limit, 20));
    }
}
