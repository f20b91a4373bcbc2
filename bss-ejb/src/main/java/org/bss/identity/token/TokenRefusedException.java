package org.bss.identity.token;

import java.util.Locale;
import java.util.Map;
import org.bss.common.AuthenticationException;

/**
 * A token was refused: malformed, tampered, of the wrong type, expired by the BSS clock or revoked.
 * Callers are never told which (the reason goes to the log). Carries its own en/de/ja texts.
 */
public class TokenRefusedException extends AuthenticationException {

    public static final String MESSAGE_KEY = "api.token.invalid";

    private static final Map<String, String> TEXTS = Map.of(
            "en", "The token is invalid, expired or revoked. Request a new token.",
            "de", "Das Token ist ungültig, abgelaufen oder widerrufen. Fordern Sie ein neues Token an.",
            "ja", "トークンが無効、期限切れ、または取り消されています。新しいトークンを取得してください。");

    public TokenRefusedException() {
        super(MESSAGE_KEY);
    }

    @Override
    public String getMessage() {
        return TEXTS.get("en");
    }

    @Override
    public String localizedMessage(Locale locale) {
        String language = locale == null ? "en" : locale.getLanguage();
        return TEXTS.getOrDefault(language, TEXTS.get("en"));
    }
}
