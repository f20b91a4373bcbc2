package org.bss.identity.token;

import java.util.Optional;

/** Where the active pair of each user is kept (the database in the server, a map in unit tests). */
interface ActiveTokenStore {

    /** The active pair of the user, if any; {@code forUpdate} locks it until the transaction ends. */
    Optional<ActiveTokens> find(long userKey, boolean forUpdate);

    /** Makes this the user's only active pair; the previous one (if any) is revoked by that. */
    void replace(ActiveTokens tokens);

    /** Revokes the user's active pair. */
    void remove(long userKey);
}
