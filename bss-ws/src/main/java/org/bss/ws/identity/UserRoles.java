package org.bss.ws.identity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.bss.common.ValidationException;
import org.bss.ws.vo.UserRoleType;

/**
 * BSS role names ↔ the contract's {@link UserRoleType}. The names are the same; a BSS role the contract does not
 * know (the technical LOGGED_IN) is not sent.
 */
final class UserRoles {

    private UserRoles() {}

    /** The contract's roles for BSS role names, in the enum's order; unknown names are left out. */
    static List<UserRoleType> toWire(Collection<String> roleNames) {
        if (roleNames == null) {
            return new ArrayList<>();
        }
        return Arrays.stream(UserRoleType.values())
                .filter(type -> roleNames.contains(type.name()))
                .collect(Collectors.toCollection(ArrayList::new));
    }

    /**
     * BSS role names for the contract's roles; {@code null} (no element sent) counts as none.
     *
     * @throws ValidationException {@code identity.role.unknown} for an entry that is no role: JAXB reads a value
     *     outside the enum (and a nil entry) as null, which must not pass as "no change"
     */
    static Set<String> toNames(Collection<UserRoleType> roles) {
        Set<String> names = new TreeSet<>();
        if (roles != null) {
            for (UserRoleType role : roles) {
                if (role == null) {
                    throw new ValidationException(
                            "identity.role.unknown",
                            "(a value that is no role)",
                            Arrays.stream(UserRoleType.values()).map(Enum::name).collect(Collectors.joining(", ")));
                }
                names.add(role.name());
            }
        }
        return names;
    }
}
