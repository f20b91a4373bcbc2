package org.bss.web.resource.marketplace;

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
import jakarta.ws.rs.core.MediaType;
import org.bss.common.security.Roles;
import org.bss.marketplace.SupplierAccessService;
import org.bss.marketplace.SupplierAccessView;
import org.bss.web.ApiApplication;
import org.bss.web.problem.Problem;
import org.bss.web.problem.Problems;
import org.bss.web.resource.Requests;
import org.bss.web.resource.marketplace.MarketplaceDto.OrganizationIds;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Who may publish on a marketplace (MKT-2, G.4 supplier permissions), the owner's: on a restricted marketplace the
 * suppliers granted, on an open one those banned. Each answer is the whole access.
 */
@ApplicationScoped
@Path("marketplaces/{id}/suppliers")
@Tag(name = "marketplaces")
@RolesAllowed(Roles.MARKETPLACE_OWNER)
@SecurityRequirement(name = ApiApplication.BEARER)
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(
        responseCode = "403",
        description = "Not the owner of the marketplace",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
        responseCode = "404",
        description = "No marketplace of this id the caller may see, or an organization id nobody has",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class SupplierAccessResource {

    private static final String CONFLICT = "The marketplace is of the other kind, or an organization has that access";

    @EJB
    private SupplierAccessService marketplaces;

    @GET
    @Operation(summary = "Who may publish: open or restricted, the organizations granted and banned")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SupplierAccessView.class)))
    public SupplierAccessView access(@PathParam("id") String id) {
        return marketplaces.suppliers(id);
    }

    @POST
    @Path("granted")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Let suppliers publish on a restricted marketplace",
            description = "Suppliers, resellers or brokers; all or none.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SupplierAccessView.class)))
    @APIResponse(
            responseCode = "409",
            description = CONFLICT,
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "No organization named, or one that sells nothing",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SupplierAccessView grant(@PathParam("id") String id, OrganizationIds body) {
        return marketplaces.grant(id, Requests.body(body).ids());
    }

    @DELETE
    @Path("granted/{orgId}")
    @Operation(summary = "Take a grant back", description = "One not granted is no change.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SupplierAccessView.class)))
    public SupplierAccessView revoke(@PathParam("id") String id, @PathParam("orgId") String orgId) {
        return marketplaces.revoke(id, orgId);
    }

    @POST
    @Path("banned")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Keep suppliers from publishing on an open marketplace",
            description = "Suppliers, resellers or brokers; all or none.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SupplierAccessView.class)))
    @APIResponse(
            responseCode = "409",
            description = CONFLICT,
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "No organization named, or one that sells nothing",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SupplierAccessView ban(@PathParam("id") String id, OrganizationIds body) {
        return marketplaces.ban(id, Requests.body(body).ids());
    }

    @DELETE
    @Path("banned/{orgId}")
    @Operation(summary = "Lift a ban", description = "One not banned is no change.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SupplierAccessView.class)))
    public SupplierAccessView liftBan(@PathParam("id") String id, @PathParam("orgId") String orgId) {
        return marketplaces.liftBan(id, orgId);
    }
}
