package org.bss.portal.account;

import java.io.Serializable;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.TreeSet;
import org.bss.identity.UserStatus;
import org.bss.identity.UserView;

/** A row of the user table: a serializable copy of {@link UserView} (the table lives in a view-scoped bean). */
public class UserRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String userId;
    private final String email;
    private final String name;
    private final List<String> roles;
    private final boolean locked;
    private final boolean passwordChangeRequired;
    private final int failedLoginCount;
    private final Instant lastLoginAt;
    private final long version;

    UserRow(UserView user) {
        userId = user.userId();
        email = user.email();
        name = join(user.firstName(), user.lastName());
        roles = List.copyOf(new TreeSet<>(user.roles()));
        locked = user.status() == UserStatus.LOCKED;
        passwordChangeRequired = user.passwordChangeRequired();
        failedLoginCount = user.failedLoginCount();
        lastLoginAt = user.lastLoginAt();
        version = user.version();
    }

    private static String join(String first, String last) {
        String f = first == null ? "" : first;
        String l = last == null ? "" : last;
        return (f + " " + l).strip();
    }

    public String getUserId() {
        return userId;
    }

    public String getEmail() {
        return email;
    }

    public String getName() {
        return name;
    }

    public List<String> getRoles() {
        return roles;
    }

    /** ACTIVE or LOCKED (also the sort field of the status column). */
    public String getStatus() {
        return locked ? UserStatus.LOCKED.name() : UserStatus.ACTIVE.name();
    }

    public boolean isLocked() {
        return locked;
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    public int getFailedLoginCount() {
        return failedLoginCount;
    }

    /** For f:convertDateTime (java.util.Date keeps the pattern handling simple in all three languages). */
    public Date getLastLoginAt() {
        return lastLoginAt == null ? null : Date.from(lastLoginAt);
    }

    public long getVersion() {
        return version;
    }
}
