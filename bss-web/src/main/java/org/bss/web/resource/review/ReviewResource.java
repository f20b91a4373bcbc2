package org.bss.web.resource.review;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.bss.common.security.Roles;
import org.bss.review.FeedbackView;
import org.bss.review.ReviewInput;
import org.bss.review.ReviewService;
import org.bss.review.ReviewView;
import org.bss.web.ApiApplication;
import org.bss.web.problem.Problem;
import org.bss.web.problem.Problems;
import org.bss.web.resource.QueryParams;
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
 * Reviews and ratings of services (MKT-4): anyone logged in reads a service's feedback; a user writes and changes its
 * own review (only while its organization subscribes to the service: subscriptions come with issue 14, until then
 * every write is refused with 403); the author or an administrator of its organization deletes it; the owner of the
 * service's marketplace removes it with a reason. The rules are ReviewService's.
 */
@ApplicationScoped
@Path("reviews")
@Tag(name = "reviews", description = "Reviews and ratings of services")
@RolesAllowed(Roles.LOGGED_IN)
@SecurityRequirement(name = ApiApplication.BEARER)
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(
        responseCode = "401",
        description = "No valid access token",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
        responseCode = "403",
        description = "Not the caller's to write, delete or remove",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
        responseCode = "404",
        description = "No such service or review",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ReviewResource {

    @EJB
    private ReviewService reviews;

    @Context
    private UriInfo uriInfo;

    /** The body of POST /reviews: the caller's review of a service. */
    @Schema(name = "ReviewRequest")
    public static class Body {
        @Schema(required = true)
        public Long serviceKey;

        @Schema(required = true, minimum = "1", maximum = "5")
        public Integer rating;

        @Schema(required = true, maxLength = ReviewInput.TITLE_MAX)
        public String title;

        @Schema(required = true, maxLength = ReviewInput.COMMENT_MAX)
        public String comment;

        @Schema(description = "When changing the caller's review: the version read")
        public Long version;
    }

    /** The body of POST /reviews/{key}/removal. */
    @Schema(name = "ReviewRemoval")
    public static class Removal {
        @Schema(required = true, maxLength = ReviewInput.COMMENT_MAX, description = "Mailed to the author")
        public String reason;
    }

    @GET
    @Operation(
            summary = "A service's feedback",
            description = "Its reviews (newest first), their number, the average rating (one decimal, half up) and"
                    + " whether the caller may write a review.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = FeedbackView.class)))
    @APIResponse(
            responseCode = "422",
            description = "No serviceKey, or one that is no number",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public FeedbackView feedback(@Parameter(required = true) @QueryParam("serviceKey") String serviceKey) {
        return reviews.feedback(Requests.present(QueryParams.optionalLong("serviceKey", serviceKey), "serviceKey"));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Write or change the caller's review of a service on sale",
            description = "One review per user and service: 201 when written, 200 when the caller's was changed.")
    @APIResponse(
            responseCode = "201",
            headers = @Header(name = "Location", description = "/bss/api/v1/reviews/{key}"),
            content = @Content(schema = @Schema(implementation = ReviewView.class)))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReviewView.class)))
    @APIResponse(
            responseCode = "409",
            description = "The caller's review changed since the version read",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "A rating outside 1..5, no title or comment, or one too long",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response write(Body body) {
        Requests.body(body);
        long serviceKey = Requests.present(body.serviceKey, "serviceKey");
        ReviewInput input = new ReviewInput(Requests.present(body.rating, "rating"), body.title, body.comment);
        boolean existed = reviews.own(serviceKey).isPresent();
        ReviewView view = reviews.write(serviceKey, input, body.version);
        if (existed) {
            return Response.ok(view).tag(Versions.tag(view.version())).build();
        }
        return Response.created(uriInfo.getBaseUriBuilder()
                        .path("reviews")
                        .path(Long.toString(view.key()))
                        .build())
                .entity(view)
                .tag(Versions.tag(view.version()))
                .build();
    }

    @GET
    @Path("{key: [0-9]{1,18}}")
    @Operation(summary = "One review")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReviewView.class)))
    public Response one(@PathParam("key") long key) {
        ReviewView view = reviews.get(key);
        return Response.ok(view).tag(Versions.tag(view.version())).build();
    }

    @DELETE
    @Path("{key: [0-9]{1,18}}")
    @Operation(summary = "Delete a review: the author's own, or one of its organization's by an administrator")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("key") long key) {
        reviews.delete(key);
        return Response.noContent().build();
    }

    @POST
    @Path("{key: [0-9]{1,18}}/removal")
    @RolesAllowed(Roles.MARKETPLACE_OWNER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Remove a review of a service on the caller's marketplace (its owner)",
            description = "The author is mailed the reason.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(
            responseCode = "422",
            description = "No reason, or one too long",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response remove(@PathParam("key") long key, Removal body) {
        Requests.body(body);
        reviews.removeByMarketplaceOwner(key, body.reason);
        return Response.noContent().build();
    }
}
