package org.bss.web.resource.user;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.bss.identity.UserData;
import org.bss.identity.UserPage;
import org.bss.identity.UserView;
import org.bss.web.problem.ApiProblemException;
import org.bss.web.problem.ProblemType;
import org.bss.web.resource.Requests;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** JSON bodies of the user endpoints (JSON-B, public fields; absent values are left out of answers). */
public final class UserDto {

    private UserDto() {}

    @Schema(name = "NewUser", description = "A user to create; the initial password goes to the e-mail address")
    public static class NewUser {
        @Schema(required = true, example = "jane.smith")
        public String userId;

        @Schema(required = true, example = "jane.smith@example.com")
        public String email;

        @Schema(
                required = true,
                enumeration = {"en", "de", "ja"})
        public String locale;

        @Schema(enumeration = {"MR", "MS"})
        public String salutation;

        public String firstName;
        public String lastName;
        public String additionalName;
        public String address;
        public String phone;

        @Schema(
                description =
                        "User roles, each available in the organization (GET .../available-roles); none if absent",
                example = "[\"SUBSCRIPTION_MANAGER\"]")
        public List<String> roles;

        UserData data() {
            return new UserData(userId, email, locale, salutation, firstName, lastName, additionalName, address, phone);
        }

        Set<String> roleSet() {
            return roles == null ? Set.of() : UserDto.roleSet(roles);
        }
    }

    @Schema(
            name = "UserUpdate",
            description = "Changed fields of a user; an absent field keeps its value, an empty one clears it")
    public static class UserUpdate {
        public String email;

        @Schema(enumeration = {"en", "de", "ja"})
        public String locale;

        @Schema(enumeration = {"MR", "MS"})
        public String salutation;

        public String firstName;
        public String lastName;
        public String additionalName;
        public String address;
        public String phone;

        @Schema(required = true, description = "The version read with the user; another one answers 409")
        public Long version;

        UserData data() {
            return new UserData(null, email, locale, salutation, firstName, lastName, additionalName, address, phone);
        }
    }

    @Schema(name = "UserRoles", description = "The user's roles after the change (all of them)")
    public static class RolesUpdate {
        @Schema(required = true, example = "[\"ORGANIZATION_ADMIN\", \"SUBSCRIPTION_MANAGER\"]")
        public List<String> roles;

        @Schema(required = true, description = "The version read with the user; another one answers 409")
        public Long version;

        Set<String> roleSet() {
            return UserDto.roleSet(Requests.present(roles, "roles"));
        }
    }

    @Schema(name = "User", description = "A user; never the password")
    @JsonbPropertyOrder({
        "key",
        "userId",
        "organizationId",
        "email",
        "locale",
        "salutation",
        "firstName",
        "lastName",
        "additionalName",
        "address",
        "phone",
        "roles",
        "status",
        "passwordChangeRequired",
        "failedLoginCount",
        "createdAt",
        "lastLoginAt",
        "version"
    })
    public static class User {
        public long key;
        public String userId;
        public String organizationId;
        public String email;
        public String locale;
        public String salutation;
        public String firstName;
        public String lastName;
        public String additionalName;
        public String address;
        public String phone;

        @Schema(description = "Sorted")
        public List<String> roles;

        @Schema(enumeration = {"ACTIVE", "LOCKED"})
        public String status;

        public boolean passwordChangeRequired;
        public int failedLoginCount;

        @Schema(description = "ISO-8601 instant", example = "2024-05-01T09:30:00Z")
        public String createdAt;

        @Schema(description = "ISO-8601 instant; absent before the first login")
        public String lastLoginAt;

        @Schema(description = "Optimistic-locking version: send it back with PUT and DELETE")
        public long version;

        static User of(UserView v) {
            User u = new User();
            u.key = v.key();
            u.userId = v.userId();
            u.organizationId = v.organizationId();
            u.email = v.email();
            u.locale = v.locale();
            u.salutation = v.salutation();
            u.firstName = v.firstName();
            u.lastName = v.lastName();
            u.additionalName = v.additionalName();
            u.address = v.address();
            u.phone = v.phone();
            u.roles = List.copyOf(new TreeSet<>(v.roles()));
            u.status = v.status() == null ? null : v.status().name();
            u.passwordChangeRequired = v.passwordChangeRequired();
            u.failedLoginCount = v.failedLoginCount();
            u.createdAt = text(v.createdAt());
            u.lastLoginAt = text(v.lastLoginAt());
            u.version = v.version();
            return u;
        }
    }

    @Schema(name = "UserList", description = "One page of users with the total of the query")
    @JsonbPropertyOrder({"items", "total", "offset", "limit"})
    public static class UserList {
        public List<User> items;

        @Schema(description = "Users matching the filter, over all pages")
        public long total;

        public int offset;
        public int limit;

        static UserList of(UserPage page) {
            UserList l = new UserList();
            l.items = page.items().stream().map(User::of).toList();
            l.total = page.total();
            l.offset = page.offset();
            l.limit = page.limit();
            return l;
        }
    }

    /** A list of role names as a set; a JSON null in it is refused (400). */
    static Set<String> roleSet(List<String> roles) {
        if (roles.stream().anyMatch(Objects::isNull)) {
            throw new ApiProblemException(ProblemType.MALFORMED_REQUEST, "detail.field-invalid", "roles", "null");
        }
        return new TreeSet<>(roles);
    }

    static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
