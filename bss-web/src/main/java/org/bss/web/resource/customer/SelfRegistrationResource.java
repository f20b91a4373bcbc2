package org.bss.web.resource.customer;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.bss.account.CreatedOrganization;
import org.bss.customer.CustomerRegistration;
import org.bss.web.problem.Problem;
import org.bss.web.problem.Problems;
import org.bss.web.resource.Requests;
import org.bss.web.resource.customer.CustomerDto.SelfRegistration;
import org.bss.web.resource.organization.OrganizationDto;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Customer self-registration on a marketplace (ORG-2), without login, only while CUSTOMER_SELF_REGISTRATION_ENABLED:
 * the administrator's initial password goes by mail only.
 */
@ApplicationScoped
@Path("marketplaces/{marketplaceId}/customers")
@Tag(name = "customers")
@Produces(MediaType.APPLICATION_JSON)
public class SelfRegistrationResource {

    @EJB
    private CustomerRegistration registration;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Register one's organization as a customer (no login)",
            description = "Only while CUSTOMER_SELF_REGISTRATION_ENABLED is true. The new customer's seller is the"
                    + " one named, else the marketplace's owner if it sells. The initial password is mailed.")
    @APIResponse(
            responseCode = "201",
            content = @Content(schema = @Schema(implementation = OrganizationDto.Created.class)))
    @APIResponse(
            responseCode = "403",
            description = "Self-registration is off",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such marketplace or seller",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "The administrator's user id is taken",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "A field broken; the detail names it",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(@PathParam("marketplaceId") String marketplaceId, SelfRegistration body) {
        Requests.body(body);
        CreatedOrganization created = registration.selfRegister(body.customer(marketplaceId), body.sellerId);
        OrganizationDto.Created answer = OrganizationDto.Created.of(new CreatedOrganization(
                created.organization(), created.administratorUserId(), created.administratorUserKey(), null));
        return Response.status(Response.Status.CREATED).entity(answer).build();
    }
}
