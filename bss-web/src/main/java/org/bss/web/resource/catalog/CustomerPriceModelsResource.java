package org.bss.web.resource.catalog;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.bss.catalog.CustomerPriceModelService;
import org.bss.catalog.CustomerPriceModelView;
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

/** The customer price models of the caller's supplier organization (G.6), of all customers or one. */
@ApplicationScoped
@Path("customer-price-models")
@Tag(name = "services")
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
public class CustomerPriceModelsResource {

    @EJB
    private CustomerPriceModelService customerPrices;

    @GET
    @Operation(summary = "The customer price models, by id of the customer-specific service")
    @APIResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = CustomerPriceModelView[].class)))
    @APIResponse(
            responseCode = "404",
            description = "The organization given is none of the supplier's customers",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<CustomerPriceModelView> list(
            @Parameter(description = "Only this customer's (organization id)") @QueryParam("customerId")
                    String customerId) {
        return customerId == null || customerId.isBlank()
                ? customerPrices.all()
                : customerPrices.ofCustomer(customerId);
    }
}
