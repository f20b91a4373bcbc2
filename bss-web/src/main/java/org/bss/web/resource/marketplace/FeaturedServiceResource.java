package org.bss.web.resource.marketplace;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.bss.common.security.Roles;
import org.bss.marketplace.FeaturedCandidate;
import org.bss.marketplace.FeaturedServices;
import org.bss.web.ApiApplication;
import org.bss.web.problem.Problem;
import org.bss.web.problem.Problems;
import org.bss.web.resource.Requests;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The featured services of the owner's marketplace (G.4); the rules are FeaturedServices'. */
@ApplicationScoped
@Path("marketplaces/{marketplaceId}/featured-services")
@Tag(name = "marketplaces")
@RolesAllowed(Roles.MARKETPLACE_OWNER)
@SecurityRequirement(name = ApiApplication.BEARER)
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(
        responseCode = "401",
        description = "No valid access token",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
        responseCode = "403",
        description = "Not the marketplace's owner",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
        responseCode = "404",
        description = "No marketplace of this id that the caller may see",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class FeaturedServiceResource {

    @EJB
    private FeaturedServices featured;

    /** The body of PUT: the keys of the services to feature, in order. */
    @Schema(name = "FeaturedServices")
    public static class Body {
        @Schema(required = true, description = "Service keys, in order; at most 12; empty: none")
        public List<Long> serviceKeys;
    }

    @GET
    @Operation(summary = "The services published on the marketplace, featured ones first in their order")
    @APIResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = FeaturedCandidate.class, type = SchemaType.ARRAY)))
    public List<FeaturedCandidate> get(@PathParam("marketplaceId") String marketplaceId) {
        return featured.candidates(marketplaceId);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Feature exactly these services published on the marketplace, in this order")
    @APIResponse(
            responseCode = "200",
            description = "The featured service keys",
            content = @Content(schema = @Schema(implementation = Long.class, type = SchemaType.ARRAY)))
    @APIResponse(
            responseCode = "422",
            description = "More than 12, or a service not published on the marketplace",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<Long> feature(@PathParam("marketplaceId") String marketplaceId, Body body) {
        Requests.body(body);
        List<Long> keys = Requests.present(body.serviceKeys, "serviceKeys");
        keys.forEach(k -> Requests.present(k, "serviceKeys"));
        return featured.feature(marketplaceId, keys);
    }
}
