package org.bss.marketplace;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;
import org.bss.account.Organization;

/**
 * The id of a new marketplace, chosen as the original chooses it: the owner organization's id while no marketplace
 * has it (an organization's first marketplace), otherwise 8 random hex characters; never the operator
 * organization's id, never longer than {@link #MAX}.
 */
final class MarketplaceIds {

    static final int MAX = 40;
    private static final int HEX_CHARS = 8;
    private static final int ATTEMPTS = 100;
    private static final RandomGenerator RANDOM = new SecureRandom();

    private MarketplaceIds() {}

    static String choose(String ownerOrgId, Predicate<String> taken) {
        return choose(ownerOrgId, taken, RANDOM);
    }

    static String choose(String ownerOrgId, Predicate<String> taken, RandomGenerator random) {
        if (ownerOrgId != null
                && !ownerOrgId.isBlank()
                && ownerOrgId.length() <= MAX
                && !Organization.OPERATOR_ORG_ID.equals(ownerOrgId)
                && !taken.test(ownerOrgId)) {
            return ownerOrgId;
        }
        for (int i = 0; i < ATTEMPTS; i++) {
            String candidate = random(random);
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no free marketplace id after " + ATTEMPTS + " attempts");
    }

    private static String random(RandomGenerator random) {
        byte[] bytes = new byte[HEX_CHARS / 2];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
