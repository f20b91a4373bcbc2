package org.bss.web.resource.auth;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.bss.identity.token.TokenPair;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** JSON bodies of the token endpoints (JSON-B, public fields). */
public final class AuthDto {

    private AuthDto() {}

    @Schema(name = "TokenRequest")
    public static class TokenRequest {
        @Schema(required = true, example = "administrator")
        public String userId;

        @Schema(required = true, format = "password")
        public String password;
    }

    @Schema(name = "RefreshRequest")
    public static class RefreshRequest {
        @JsonbProperty("refresh_token")
        @Schema(required = true)
        public String refreshToken;
    }

    @Schema(name = "RevokeRequest", description = "An access or refresh token; its whole pair is revoked")
    public static class RevokeRequest {
        @Schema(required = true)
        public String token;
    }

    @Schema(name = "PasswordChangeRequest")
    public static class PasswordChangeRequest {
        @Schema(required = true)
        public String userId;

        @Schema(required = true, format = "password")
        public String oldPassword;

        @Schema(required = true, format = "password")
        public String newPassword;
    }

    @Schema(name = "TokenResponse")
    @JsonbPropertyOrder({"accessToken", "refreshToken", "tokenType", "expiresIn", "refreshExpiresIn"})
    public static class TokenResponse {
        @JsonbProperty("access_token")
        public String accessToken;

        @JsonbProperty("refresh_token")
        public String refreshToken;

        @JsonbProperty("token_type")
        @Schema(example = "Bearer")
        public String tokenType = "Bearer";

        @JsonbProperty("expires_in")
        @Schema(description = "Access token lifetime in seconds")
        public long expiresIn;

        @JsonbProperty("refresh_expires_in")
        @Schema(description = "Refresh token lifetime in seconds")
        public long refreshExpiresIn;

        static TokenResponse of(TokenPair pair) {
            TokenResponse r = new TokenResponse();
            r.accessToken = pair.accessToken();
            r.refreshToken = pair.refreshToken();
            r.expiresIn = pair.expiresIn();
            r.refreshExpiresIn = pair.refreshExpiresIn();
            return r;
        }
    }
}
