package org.bss.web.resource.user;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** JSON bodies of "forgot password" (USR-3). */
public final class RecoveryDto {

    private RecoveryDto() {}

    @Schema(name = "PasswordRecoveryRequest")
    public static class Request {
        @Schema(required = true, example = "jane.smith")
        public String userId;
    }

    @Schema(name = "PasswordRecoveryConfirmation")
    public static class Confirmation {
        @Schema(required = true, description = "The token of the link in the recovery mail")
        public String token;

        @Schema(required = true, format = "password")
        public String newPassword;
    }
}
