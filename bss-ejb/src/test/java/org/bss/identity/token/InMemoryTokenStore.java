package org.bss.identity.token;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The api_token table as a map. */
final class InMemoryTokenStore implements ActiveTokenStore {

    final Map<Long, ActiveTokens> rows = new HashMap<>();

    @Override
    public Optional<ActiveTokens> find(long userKey, boolean forUpdate) {
        return Optional.ofNullable(rows.get(userKey));
    }

    @Override
    public void replace(ActiveTokens tokens) {
        rows.put(tokens.userKey(), tokens);
    }

    @Override
    public void remove(long userKey) {
        rows.remove(userKey);
    }
}
