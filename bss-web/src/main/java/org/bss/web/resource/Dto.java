package org.bss.web.resource;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.bss.config.Setting;
import org.bss.identity.token.TokenPair;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** JSON bodies of the REST API (JSON-B, public fields). */
public final class Dto {

    private Dto() {
    }

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

    @Schema(name = "Health")
    public static class Health {
        @Schema(example = "UP", enumeration = {"UP", "DOWN"})
        public String status;

        static Health of(String status) {
            Health h = new Health();
            h.status = status;
            return h;
        }
    }

    @Schema(name = "Setting", description = "A configuration key; secret values are masked")
    @JsonbPropertyOrder({"key", "value", "effectiveValue", "defaultValue", "required", "allowedValues", "restartRequired"})
    public static class SettingView {
        public String key;
        @Schema(description = "Stored value, null when unset")
        public String value;
        @Schema(description = "Value in force: the stored one, else the default")
        public String effectiveValue;
        public String defaultValue;
        public boolean required;
        public String allowedValues;
        public boolean restartRequired;

        static SettingView of(Setting s) {
            SettingView v = new SettingView();
            v.key = s.key();
            v.value = s.value();
            v.effectiveValue = s.effectiveValue();
            v.defaultValue = s.defaultValue();
            v.required = s.required();
            v.allowedValues = s.allowedValues();
            v.restartRequired = s.restartRequired();
            return v;
        }
    }

    @Schema(name = "SettingValue", description = "An empty string unsets an optional key")
    public static class SettingValue {
        @Schema(required = true, example = "true")
        public String value;
    }

    @Schema(name = "ClockAdvance")
    public static class ClockAdvance {
        @Schema(required = true, description = "Seconds to move BSS's clock forward (positive)", example = "7200")
        public Long seconds;
    }

    @Schema(name = "ClockState")
    public static class ClockState {
        @Schema(description = "BSS's current time (ISO-8601)")
        public String now;

        static ClockState of(java.time.Instant now) {
            ClockState c = new ClockState();
            c.now = now.toString();
            return c;
        }
    }
}
