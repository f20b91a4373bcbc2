package org.bss.web.resource.settings;

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
import org.bss.config.ConfigurationService;
import org.bss.web.ApiApplication;
import org.bss.web.problem.Problem;
import org.bss.web.problem.Problems;
import org.bss.web.resource.Requests;
import org.bss.web.resource.settings.SettingsDto.SettingValue;
import org.bss.web.resource.settings.SettingsDto.SettingView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Platform settings (CFG-1, API-9) for the platform operator. */
@ApplicationScoped
@Path("settings")
@Tag(name = "settings", description = "Platform settings (operator)")
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
public class SettingsResource {

    @EJB
    private ConfigurationService configuration;

    @GET
    @Operation(summary = "All settings")
    @APIResponse(
            responseCode = "200",
            description = "Every key, sorted",
            content = @Content(schema = @Schema(implementation = SettingView[].class)))
    public List<SettingView> all() {
        return configuration.getSettings().stream().map(SettingView::of).toList();
    }

    @GET
    @Path("{key}")
    @Operation(summary = "One setting")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SettingView.class)))
    @APIResponse(
            responseCode = "404",
            description = "Unknown key",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SettingView one(@PathParam("key") String key) {
        return SettingView.of(configuration.getSetting(key));
    }

    @PUT
    @Path("{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Change a setting",
            description = "Validated by the settings registry; an empty value unsets an optional key.")
    @APIResponse(
            responseCode = "200",
            description = "The setting as stored",
            content = @Content(schema = @Schema(implementation = SettingView.class)))
    @APIResponse(
            responseCode = "404",
            description = "Unknown key",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "Invalid value; the detail names the key and the allowed values",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SettingView save(@PathParam("key") String key, SettingValue body) {
        Requests.body(body);
        return SettingView.of(configuration.saveSetting(key, Requests.present(body.value, "value")));
    }
}
