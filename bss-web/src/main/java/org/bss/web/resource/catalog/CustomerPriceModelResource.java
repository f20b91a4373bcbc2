package org.bss.web.resource.catalog;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.bss.catalog.CustomerPriceModelService;
import org.bss.catalog.CustomerPriceModelView;
import org.bss.catalog.PriceModelState;
import org.bss.catalog.PriceModelTerms;
import org.bss.common.security.Roles;
import org.bss.web.ApiApplication;
import org.bss.web.problem.Problem;
import org.bss.web.problem.Problems;
import org.bss.web.problem.WebMessages;
import org.bss.web.resource.Requests;
import org.bss.web.resource.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A customer's own price model for a supplier's service (SVC-3, G.6); the rules are CustomerPriceModelService's. Its
 * own root resource with the full path: a root {@code services/{key}} would shadow it.
 */
@ApplicationScoped
@Path("services/{key: [0-9]{1,18}}/customers/{customerId}/price-model")
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
@APIResponse(
        responseCode = "404",
        description = "No service of this key, the organization is none of the supplier's customers, or (reading,"
                + " deleting) the customer has no price model of its own for the service",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class CustomerPriceModelResource {

    @EJB
    private CustomerPriceModelService customerPrices;

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uriInfo;

    @GET
    @Operation(
            summary = "The customer's own price model for the service",
            description = "With the customer-specific service that carries it. The ETag is the price model's version.")
    @APIResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = CustomerPriceModelView.class)))
    public Response get(@PathParam("key") long key, @PathParam("customerId") String customerId) {
        return answer(customerPrices.get(key, customerId), false);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Set the customer's own price model for the service",
            description = "Creates it (any status of the service) or replaces it (only while the service is"
                    + " inactive); the same price rules as the service's price model; every state is kept in the"
                    + " history, every price that changed is audited with the customer.")
    @APIResponse(
            responseCode = "200",
            description = "Replaced",
            content = @Content(schema = @Schema(implementation = CustomerPriceModelView.class)))
    @APIResponse(
            responseCode = "201",
            description = "Created",
            headers = @Header(name = "Location", description = "this resource"),
            content = @Content(schema = @Schema(implementation = CustomerPriceModelView.class)))
    @APIResponse(
            responseCode = "409",
            description = "Stale version, or the service is not inactive",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "A price rule broken; the detail names the price by its path",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response put(
            @PathParam("key") long key,
            @PathParam("customerId") String customerId,
            PriceModelTerms body,
            @Parameter(description = "The ETag read; without it the price model is set whatever changed")
                    @HeaderParam("If-Match")
                    String ifMatch) {
        PriceModelTerms terms = Requests.body(body);
        boolean existed = customerPrices.find(key, customerId).isPresent();
        return answer(
                customerPrices.save(key, customerId, terms, Versions.expected(null, ifMatch), language()), !existed);
    }

    @DELETE
    @Operation(
            summary = "Delete the customer's own price model for the service",
            description = "The customer pays the service's price again; audited (Delete customer price model).")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("key") long key, @PathParam("customerId") String customerId) {
        customerPrices.delete(key, customerId, language());
        return Response.noContent().build();
    }

    @GET
    @Path("history")
    @Operation(summary = "Every state the customer's price model had, oldest first")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PriceModelState[].class)))
    public List<PriceModelState> history(@PathParam("key") long key, @PathParam("customerId") String customerId) {
        return customerPrices.history(key, customerId);
    }

    private String language() {
        return WebMessages.choose(headers.getAcceptableLanguages()).getLanguage();
    }

    private Response answer(CustomerPriceModelView view, boolean created) {
        Response.ResponseBuilder response =
                created ? Response.created(uriInfo.getAbsolutePath()) : Response.status(Response.Status.OK);
        return response.entity(view)
                .tag(Versions.tag(view.priceModel().version()))
                .build();
    }
}
