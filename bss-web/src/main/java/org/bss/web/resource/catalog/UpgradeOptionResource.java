package org.bss.web.resource.catalog;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.bss.catalog.ServiceView;
import org.bss.catalog.UpgradeCandidate;
import org.bss.catalog.UpgradeOptionService;
import org.bss.common.security.Roles;
import org.bss.web.ApiApplication;
import org.bss.web.problem.Problem;
import org.bss.web.problem.Problems;
import org.bss.web.problem.WebMessages;
import org.bss.web.resource.Requests;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The up/downgrade options of a supplier's service (G.3); the rules are UpgradeOptionService's. */
@ApplicationScoped
@Path("services/{key: [0-9]{1,18}}/upgrade-options")
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
        description = "The organization has no service of this key (or of a key in the body)",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class UpgradeOptionResource {

    @EJB
    private UpgradeOptionService options;

    @Context
    private HttpHeaders headers;

    /** The body of PUT: the keys of the services a subscription may move to. */
    @Schema(name = "UpgradeOptions")
    public static class Body {
        @Schema(required = true, description = "Service keys; empty: no option")
        public List<Long> serviceKeys;
    }

    @GET
    @Operation(summary = "The services a subscription of the service may be up- or downgraded to")
    @APIResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = ServiceView.class, type = SchemaType.ARRAY)))
    public List<ServiceView> get(@PathParam("key") long key) {
        return options.options(key);
    }

    @GET
    @Path("candidates")
    @Operation(summary = "The organization's other services on the same technical service, marked when options now")
    @APIResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = UpgradeCandidate.class, type = SchemaType.ARRAY)))
    public List<UpgradeCandidate> candidates(@PathParam("key") long key) {
        return options.candidates(key);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Make exactly these services the options of an inactive service",
            description = "Audited (Define up/downgrade options, ON per option added, OFF per option withdrawn).")
    @APIResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = ServiceView.class, type = SchemaType.ARRAY)))
    @APIResponse(
            responseCode = "409",
            description = "The service is not inactive",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "An option on another technical service, or the service itself",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<ServiceView> define(@PathParam("key") long key, Body body) {
        Requests.body(body);
        List<Long> keys = Requests.present(body.serviceKeys, "serviceKeys");
        keys.forEach(k -> Requests.present(k, "serviceKeys"));
        return options.define(
                key, keys, WebMessages.choose(headers.getAcceptableLanguages()).getLanguage());
    }
}
