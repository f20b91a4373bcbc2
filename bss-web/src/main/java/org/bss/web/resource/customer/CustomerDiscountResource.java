package org.bss.web.resource.customer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.bss.billing.discount.CustomerDiscountService;
import org.bss.billing.discount.DiscountView;
import org.bss.common.ObjectNotFoundException;
import org.bss.common.security.Roles;
import org.bss.web.ApiApplication;
import org.bss.web.problem.Problem;
import org.bss.web.problem.Problems;
import org.bss.web.resource.Requests;
import org.bss.web.resource.Versions;
import org.bss.web.resource.customer.CustomerDto.Discount;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The discount a supplier grants one of its customers (SVC-3, G.2 customer settings); the engine applies it. */
@ApplicationScoped
@Path("customers/{id}/discount")
@Tag(name = "customers")
@RolesAllowed(Roles.SERVICE_MANAGER)
@SecurityRequirement(name = ApiApplication.BEARER)
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(
        responseCode = "401",
        description = "No valid access token",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
        responseCode = "403",
        description = "Not a service manager of a supplier",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
        responseCode = "404",
        description = "No customer of this id (or, reading, no discount)",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class CustomerDiscountResource {

    @EJB
    private CustomerDiscountService discounts;

    @GET
    @Operation(summary = "The customer's discount", description = "The ETag is the version to send back.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DiscountView.class)))
    public Response get(@PathParam("id") String id) {
        return answer(
                discounts.forCustomer(id).orElseThrow(() -> new ObjectNotFoundException("billing.discount.none", id)));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Grant or replace the customer's discount")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DiscountView.class)))
    @APIResponse(
            responseCode = "409",
            description = "Stale version",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "Percent not above 0 and up to 100 with two decimals, no begin, or an end not after it",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response put(@PathParam("id") String id, Discount body, @HeaderParam("If-Match") String ifMatch) {
        Requests.body(body);
        return answer(discounts.save(id, body.terms(), CustomerDto.version(Versions.expected(body.version, ifMatch))));
    }

    @DELETE
    @Operation(summary = "Remove the customer's discount")
    @APIResponse(responseCode = "204", description = "Removed (or there was none)")
    public Response delete(@PathParam("id") String id) {
        discounts.remove(id);
        return Response.noContent().build();
    }

    private static Response answer(DiscountView view) {
        return Response.ok(view).tag(Versions.tag(view.version())).build();
    }
}
