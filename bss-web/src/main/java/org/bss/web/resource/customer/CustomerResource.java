package org.bss.web.resource.customer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.bss.account.CreatedOrganization;
import org.bss.common.persistence.PageRequest;
import org.bss.common.security.Roles;
import org.bss.customer.CustomerListQuery;
import org.bss.customer.CustomerRegistration;
import org.bss.customer.CustomerService;
import org.bss.customer.CustomerView;
import org.bss.web.ApiApplication;
import org.bss.web.problem.Problem;
import org.bss.web.problem.Problems;
import org.bss.web.resource.QueryParams;
import org.bss.web.resource.Requests;
import org.bss.web.resource.Versions;
import org.bss.web.resource.customer.CustomerDto.CustomerList;
import org.bss.web.resource.customer.CustomerDto.New;
import org.bss.web.resource.customer.CustomerDto.PaymentTypes;
import org.bss.web.resource.organization.OrganizationDto.Created;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A seller's customers (ORG-2, G.2): register one, list them, read one, set the payment types offered to one and to
 * every new customer. Only a supplier's service manager; the rules are CustomerRegistration's and CustomerService's.
 */
@ApplicationScoped
@Path("customers")
@Tag(name = "customers", description = "A supplier's customers, their payment types and discounts")
@RolesAllowed(Roles.SERVICE_MANAGER)
@SecurityRequirement(name = ApiApplication.BEARER)
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(
        responseCode = "401",
        description = "No valid access token",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
        responseCode = "403",
        description = "Not a service manager of a seller",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
        responseCode = "404",
        description = "No customer of this id (or no marketplace of that id)",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
        responseCode = "422",
        description = "A field broken; the detail names it",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class CustomerResource {

    @EJB
    private CustomerService customers;

    @EJB
    private CustomerRegistration registration;

    @Context
    private UriInfo uriInfo;

    @GET
    @Operation(summary = "The caller's customers, one page", description = "sort: organizationId, name, customerSince")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CustomerList.class)))
    public CustomerList list(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0")) @QueryParam("offset")
                    String offset,
            @Parameter(description = "1..500", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "50"))
                    @QueryParam("limit")
                    String limit,
            @Parameter(schema = @Schema(enumeration = {"organizationId", "name", "customerSince"})) @QueryParam("sort")
                    String sort,
            @Parameter(schema = @Schema(enumeration = {"asc", "desc"})) @QueryParam("order") String order) {
        return CustomerList.of(customers.list(new CustomerListQuery(
                new PageRequest(
                        QueryParams.number("offset", offset, 0),
                        QueryParams.number("limit", limit, PageRequest.DEFAULT_LIMIT)),
                sort,
                QueryParams.descending(order))));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Register a customer",
            description = "A new organization (a customer) with its first administrator on a marketplace where the"
                    + " caller's organization may publish; the caller's organization becomes its seller. The"
                    + " administrator's initial password is mailed and answered once.")
    @APIResponse(
            responseCode = "201",
            headers = @Header(name = "Location", description = "/bss/api/v1/customers/{organizationId}"),
            content = @Content(schema = @Schema(implementation = Created.class)))
    @APIResponse(
            responseCode = "409",
            description = "The administrator's user id is taken",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(New body) {
        CreatedOrganization created = registration.register(Requests.body(body).customer());
        return Response.created(uriInfo.getBaseUriBuilder()
                        .path("customers")
                        .path(created.orgId())
                        .build())
                .entity(Created.of(created))
                .build();
    }

    @GET
    @Path("available-payment-types")
    @Operation(
            summary = "The payment types the caller's organization may offer its customers",
            description =
                    "Those the operator made available to it (the contract's getAvailablePaymentTypesForOrganization)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PaymentTypes.class)))
    public PaymentTypes availablePaymentTypes() {
        return PaymentTypes.of(customers.offerablePaymentTypes());
    }

    @GET
    @Path("default-payment-types")
    @Operation(summary = "The payment types every new customer gets")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PaymentTypes.class)))
    public PaymentTypes defaultPaymentTypes() {
        return PaymentTypes.of(customers.defaultPaymentTypes());
    }

    @PUT
    @Path("default-payment-types")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Set the payment types every new customer gets",
            description = "Only types the operator made available to the caller's organization")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PaymentTypes.class)))
    public PaymentTypes saveDefaultPaymentTypes(PaymentTypes body) {
        return PaymentTypes.of(
                customers.saveDefaultPaymentTypes(Requests.body(body).types()));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One customer and its settings", description = "The ETag is the version to send back.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CustomerView.class)))
    public Response one(@PathParam("id") String id) {
        return answer(customers.get(id));
    }

    @PUT
    @Path("{id}/payment-types")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Set the payment types offered to the customer",
            description = "Only types the operator made available to the caller's organization; none allowed")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CustomerView.class)))
    @APIResponse(
            responseCode = "409",
            description = "Stale version",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response savePaymentTypes(
            @PathParam("id") String id, PaymentTypes body, @HeaderParam("If-Match") String ifMatch) {
        Requests.body(body);
        return answer(customers.savePaymentTypes(
                id, body.types(), CustomerDto.version(Versions.expected(body.version, ifMatch))));
    }

    private static Response answer(CustomerView view) {
        return Response.ok(view).tag(Versions.tag(view.version())).build();
    }
}
