package org.bss.web.resource.search;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.bss.common.persistence.Page;
import org.bss.common.persistence.PageRequest;
import org.bss.search.SearchRequest;
import org.bss.search.SearchService;
import org.bss.search.SearchSort;
import org.bss.search.ServiceHit;
import org.bss.web.problem.Problem;
import org.bss.web.problem.Problems;
import org.bss.web.resource.QueryParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Searching the services on sale on a marketplace (docs/search.md): anyone may, anonymous visitors too, as the
 * original's marketplace catalog. Its own root resource with the full sub-path, beside {@code MarketplaceResource}.
 */
@ApplicationScoped
@Path("marketplaces/{marketplaceId}/services")
@Tag(name = "search", description = "Finding services on sale on a marketplace")
@Produces(MediaType.APPLICATION_JSON)
public class ServiceSearchResource {

    @EJB
    private SearchService search;

    /** A page of found services. */
    @Schema(name = "ServiceSearchResult")
    public static class Result {
        @Schema(description = "Number of services found")
        public long total;

        public int offset;
        public int limit;
        public List<ServiceHit> items;

        static Result of(Page<ServiceHit> page) {
            Result r = new Result();
            r.total = page.total();
            r.offset = page.offset();
            r.limit = page.limit();
            r.items = page.items();
            return r;
        }
    }

    @GET
    @Operation(
            summary = "Services on sale on a marketplace, found by words",
            description = "Every word must occur in the name, short description, description or tags of the"
                    + " locale (analysed for that language); no words: every service on sale there. A service is"
                    + " found while it is active and published on the marketplace with visibleInCatalog, within a"
                    + " second of the change.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Result.class)))
    @APIResponse(
            responseCode = "400",
            description = "offset or limit not a number",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such marketplace",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "Unknown locale or sort, query text too long, offset or limit out of range",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Result search(
            @PathParam("marketplaceId") String marketplaceId,
            @Parameter(description = "Words to find (at most 200 characters)") @QueryParam("q") String q,
            @Parameter(description = "en, de or ja", schema = @Schema(defaultValue = "en")) @QueryParam("locale")
                    String locale,
            @Parameter(description = "relevance (default with q), name (default without), price or rating (best first)")
                    @QueryParam("sort")
                    String sort,
            @Parameter(
                            schema =
                                    @Schema(
                                            enumeration = {"asc", "desc"},
                                            defaultValue = "asc"))
                    @QueryParam("order")
                    String order,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0")) @QueryParam("offset")
                    String offset,
            @Parameter(description = "1..500", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "50"))
                    @QueryParam("limit")
                    String limit,
            @Parameter(description = "Only services in the category with this id") @QueryParam("category")
                    String category,
            @Parameter(description = "Only services with this tag in the locale (case ignored)") @QueryParam("tag")
                    String tag) {
        boolean descending = QueryParams.descending(order);
        PageRequest page = new PageRequest(
                QueryParams.number("offset", offset, 0), QueryParams.number("limit", limit, PageRequest.DEFAULT_LIMIT));
        boolean hasQuery = q != null && !q.isBlank();
        return Result.of(search.search(new SearchRequest(
                marketplaceId, q, locale, SearchSort.parse(sort, hasQuery), descending, page, category, tag)));
    }
}
