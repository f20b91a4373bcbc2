package org.bss.web.resource.billing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.bss.billing.vat.SupplierVatService;
import org.bss.billing.vat.VatView;
import org.bss.common.security.Roles;
import org.bss.web.ApiApplication;
import org.bss.web.problem.Problem;
import org.bss.web.problem.Problems;
import org.bss.web.resource.Requests;
import org.bss.web.resource.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's supplier VAT (SVC-3, G.2 Manage VAT): support, default rate, rates per country and per customer. */
@ApplicationScoped
@Path("vat")
@Tag(name = "vat", description = "A supplier's VAT rates")
@RolesAllowed(Roles.SERVICE_MANAGER)
@SecurityRequirement(name = ApiApplication.BEARER)
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(
        responseCode = "401",
        description = "No valid access token",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
        responseCode = "403",
        description = "Not a service manager of a supplier, or a customer rate for an organization not a customer",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class VatResource {

    @EJB
    private SupplierVatService vat;

    @GET
    @Operation(summary = "The VAT settings", description = "The ETag is the version to send back (when on).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = VatView.class)))
    public Response get() {
        return answer(vat.get());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Replace the VAT settings",
            description = "enabled false turns VAT support off and drops every rate; enabled true needs the default"
                    + " rate and sets exactly the country and customer rates given. Rates 0..100 with at most two"
                    + " decimals, ISO 3166 country codes, customers of the caller's organization.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = VatView.class)))
    @APIResponse(
            responseCode = "409",
            description = "Stale version",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "A rate or country broken, or rates without VAT support",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response put(VatView body, @HeaderParam("If-Match") String ifMatch) {
        Requests.body(body);
        Long expected =
                Versions.expected(body.version() == null ? null : body.version().longValue(), ifMatch);
        return answer(vat.replace(body, expected == null ? null : Math.toIntExact(expected)));
    }

    private static Response answer(VatView view) {
        Response.ResponseBuilder ok = Response.ok(view);
        return view.version() == null
                ? ok.build()
                : ok.tag(Versions.tag(view.version())).build();
    }
}
