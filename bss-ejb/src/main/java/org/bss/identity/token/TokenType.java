package org.bss.identity.token;

/** The "typ" claim: an access token authorizes calls, a refresh token only gets a new pair. */
enum TokenType {
    ACCESS("access"),
    REFRESH("refresh");

    private final String claim;

    TokenType(String claim) {
        this.claim = claim;
    }

    String claim() {
        return claim;
    }

    static TokenType fromClaim(String value) {
        for (TokenType t : values()) {
            if (t.claim.equals(value)) {
                return t;
            }
        }
        return null;
    }
}
