package org.bss.identity;

import java.time.Instant;
import java.util.Set;

/** What callers see of a user; never the password hash. {@code version} is the optimistic-locking token. */
public record UserView(
        long key,
        String userId,
        String organizationId,
        String email,
        String locale,
        String salutation,
        String firstName,
        String lastName,
        String additionalName,
        String address,
        String phone,
        Set<String> roles,
        UserStatus status,
        boolean passwordChangeRequired,
        int failedLoginCount,
        Instant createdAt,
        Instant lastLoginAt,
        long version) {

    static UserView of(PlatformUser u) {
        return new UserView(
                u.getKey(),
                u.getUserId(),
                u.getOrganization().getOrgId(),
                u.getEmail(),
                u.getLocale(),
                u.getSalutation(),
                u.getFirstName(),
                u.getLastName(),
                u.getAdditionalName(),
                u.getAddress(),
                u.getPhone(),
                Set.copyOf(new java.util.TreeSet<>(u.getRoles())),
                u.getStatus(),
                u.isPasswordChangeRequired(),
                u.getFailedLoginCount(),
                u.getCreatedAt(),
                u.getLastLoginAt(),
                u.getVersion());
    }
}
