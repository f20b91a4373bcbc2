package org.bss.web.resource.organization;

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
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bss.account.CreatedOrganization;
import org.bss.account.OrganizationRole;
import org.bss.account.OrganizationService;
import org.bss.account.OrganizationView;
import org.bss.common.security.Roles;
import org.bss.onboarding.OrganizationRegistration;
import org.bss.web.ApiApplication;
import org.bss.web.problem.Problem;
import org.bss.web.problem.Problems;
import org.bss.web.resource.Requests;
import org.bss.web.resource.Versions;
import org.bss.web.resource.organization.OrganizationDto.Created;
import org.bss.web.resource.organization.OrganizationDto.DistinguishedName;
import org.bss.web.resource.organization.OrganizationDto.NewOrganization;
import org.bss.web.resource.organization.OrganizationDto.Organization;
import org.bss.web.resource.organization.OrganizationDto.OrganizationChange;
import org.bss.web.resource.organization.OrganizationDto.OrganizationList;
import org.bss.web.resource.organization.OrganizationDto.PaymentTypeAddition;
import org.bss.web.resource.organization.OrganizationDto.RoleAddition;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Organizations for the platform operator (ORG-3..6, ORG-8, §7.3); the rules are OrganizationService's. */
@ApplicationScoped
@Path("organizations")
@Tag(name = "organizations", description = "Organizations (operator)")
@RolesAllowed(Roles.PLATFORM_OPERATOR)
@SecurityRequirement(name = ApiApplication.BEARER)
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(
        responseCode = "401",
        description = "No valid access token",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
        responseCode = "403",
        description = "Not a platform operator",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class OrganizationResource {

    @EJB
    private OrganizationService organizations;

    @EJB
    private OrganizationRegistration registration;

    @Context
    private UriInfo uriInfo;

    @GET
    @Operation(summary = "List organizations", description = "One page, with the total number matching the filter.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = OrganizationList.class)))
    @APIResponse(
            responseCode = "400",
            description = "offset or limit not a number, order not asc/desc",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "offset, limit or sort out of range",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public OrganizationList list(
            @Parameter(
                            description = "First item, from 0",
                            schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0"))
                    @QueryParam("offset")
                    String offset,
            @Parameter(
                            description = "Page size, 1..500",
                            schema = @Schema(type = SchemaType.INTEGER, defaultValue = "50"))
                    @QueryParam("limit")
                    String limit,
            @Parameter(description = "Case-insensitive part of the organization id or name") @QueryParam("filter")
                    String filter,
            @Parameter(
                            schema =
                                    @Schema(
                                            enumeration = {"orgId", "name", "createdAt", "domicile"},
                                            defaultValue = "orgId"))
                    @QueryParam("sort")
                    String sort,
            @Parameter(
                            schema =
                                    @Schema(
                                            enumeration = {"asc", "desc"},
                                            defaultValue = "asc"))
                    @QueryParam("order")
                    String order) {
        return OrganizationList.of(
                organizations.listOrganizations(OrganizationListParams.query(offset, limit, filter, sort, order)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Create an organization and its first administrator",
            description = "Fields and limits of table 5.2, role rules of ORG-3. The answer carries the administrator's "
                    + "initial password once; it must be changed (POST /auth/password) before the first token.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            headers = @Header(name = "Location", description = "/bss/api/v1/organizations/{orgId}"),
            content = @Content(schema = @Schema(implementation = Created.class)))
    @APIResponse(
            responseCode = "400",
            description = "Malformed JSON or missing administrator",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "The administrator's user id is taken",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "A field or role rule broken; the detail names it",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(NewOrganization body) {
        Requests.body(body);
        Requests.present(body.administrator, "administrator");
        CreatedOrganization created = registration.register(
                new org.bss.onboarding.NewOrganization(
                        body.data(),
                        body.administrator.data(),
                        roles("roles", body.roles == null ? List.of() : body.roles),
                        body.marketplaceId,
                        body.operatorRevenueShare),
                body.ldapSettings);
        return Response.created(uriInfo.getBaseUriBuilder()
                        .path("organizations")
                        .path(created.orgId())
                        .build())
                .entity(Created.of(created))
                .tag(etag(created.organization()))
                .header("Cache-Control", "no-store")
                .build();
    }

    @GET
    @Path("{orgId}")
    @Operation(summary = "One organization", description = "The ETag is the version to send back with PUT.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Organization.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such organization",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response one(@PathParam("orgId") String orgId) {
        return answer(organizations.getOrganization(orgId));
    }

    @PUT
    @Path("{orgId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Update an organization",
            description =
                    "Fields of table 5.2 (ORG-5): roles, settings and "
                            + "marketplace id do not change this way. A field left out keeps its value, an empty one is cleared.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Organization.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such organization",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "Changed since the given version was read",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "412",
            description = "If-Match names another version than the body",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "A field broken; the detail names it",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(
            @PathParam("orgId") String orgId,
            OrganizationChange body,
            @Parameter(description = "The ETag read; instead of or equal to the body's version")
                    @HeaderParam("If-Match")
                    String ifMatch) {
        Requests.body(body);
        long version = Requests.present(Versions.expected(body.version, ifMatch), "version");
        return answer(organizations.updateOrganization(orgId, body.data(), version));
    }

    @POST
    @Path("{orgId}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Add roles",
            description = "ORG-6 with the rules of ORG-3 on the combined roles; the "
                    + "organization's administrators get the matching manager roles.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Organization.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such organization",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "Unknown role, forbidden combination, missing revenue share",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response addRoles(@PathParam("orgId") String orgId, RoleAddition body) {
        Requests.body(body);
        Set<OrganizationRole> roles = roles("roles", Requests.present(body.roles, "roles"));
        return answer(organizations.addRoles(orgId, roles, body.operatorRevenueShare));
    }

    @PUT
    @Path("{orgId}/distinguished-name")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Set the distinguished name",
            description = "ORG-8: how certificate callers of the organization "
                    + "are recognized; unique across organizations; an empty name removes it.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Organization.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such organization",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "Another organization has this name",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "Not a distinguished name",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response setDistinguishedName(@PathParam("orgId") String orgId, DistinguishedName body) {
        Requests.body(body);
        return answer(organizations.setDistinguishedName(
                orgId, Requests.present(body.distinguishedName, "distinguishedName")));
    }

    @POST
    @Path("{orgId}/payment-types")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Make payment types available",
            description = "§7.3: INVOICE, CREDIT_CARD, DIRECT_DEBIT for a "
                    + "SUPPLIER or RESELLER, added to those already available.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Organization.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such organization",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "Unknown payment type, or the organization is no seller",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response addPaymentTypes(@PathParam("orgId") String orgId, PaymentTypeAddition body) {
        Requests.body(body);
        Set<String> types = new HashSet<>(Requests.present(body.paymentTypes, "paymentTypes"));
        return answer(organizations.addAvailablePaymentTypes(orgId, types));
    }

    private static Set<OrganizationRole> roles(String field, List<String> names) {
        Set<OrganizationRole> roles = EnumSet.noneOf(OrganizationRole.class);
        for (String name : names) {
            roles.add(OrganizationRole.parse(field, name));
        }
        return roles;
    }

    private static Response answer(OrganizationView view) {
        return Response.ok(Organization.of(view)).tag(etag(view)).build();
    }

    private static EntityTag etag(OrganizationView view) {
        return Versions.tag(view.version());
    }
}
