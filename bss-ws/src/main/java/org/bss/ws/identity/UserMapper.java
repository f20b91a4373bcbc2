package org.bss.ws.identity;

import org.bss.identity.UserData;
import org.bss.identity.UserStatus;
import org.bss.identity.UserView;
import org.bss.ws.vo.UserAccountStatus;
import org.bss.ws.vo.VOUser;
import org.bss.ws.vo.VOUserDetails;

/**
 * {@link UserView} (domain) → {@link VOUser}/{@link VOUserDetails} (wire), and a sent {@link VOUserDetails} →
 * {@link UserData}. {@code key} and {@code version} are the user's surrogate key and optimistic-lock version.
 * Not filled: {@code organizationRoles} (a user view does not carry them), {@code realmUserId},
 * {@code remoteLdapActive}/{@code remoteLdapAttributes}.
 */
public final class UserMapper {

    private UserMapper() {}

    static VOUser toUser(UserView view) {
        return fill(new VOUser(), view);
    }

    static VOUserDetails toDetails(UserView view) {
        VOUserDetails vo = fill(new VOUserDetails(), view);
        vo.setEMail(view.email());
        vo.setLocale(view.locale());
        vo.setSalutation(view.salutation());
        vo.setFirstName(view.firstName());
        vo.setLastName(view.lastName());
        vo.setAdditionalName(view.additionalName());
        vo.setAddress(view.address());
        vo.setPhone(view.phone());
        return vo;
    }

    /**
     * The fields a caller sends for create or update. On update a field left out (null) keeps its value and an empty
     * one clears it, as {@link UserData} says.
     */
    public static UserData toData(VOUserDetails vo) {
        return new UserData(
                vo.getUserId(),
                vo.getEMail(),
                vo.getLocale(),
                vo.getSalutation(),
                vo.getFirstName(),
                vo.getLastName(),
                vo.getAdditionalName(),
                vo.getAddress(),
                vo.getPhone());
    }

    /**
     * The contract's status from BSS's state: a lock with failed logins counted is the lockout of USR-3
     * (LOCKED_FAILED_LOGIN_ATTEMPTS), other locks are an administrator's (LOCKED); an active user who must change
     * the password is PASSWORD_MUST_BE_CHANGED.
     */
    static UserAccountStatus status(UserStatus status, boolean passwordChangeRequired, int failedLoginCount) {
        if (status == UserStatus.LOCKED) {
            return failedLoginCount > 0 ? UserAccountStatus.LOCKED_FAILED_LOGIN_ATTEMPTS : UserAccountStatus.LOCKED;
        }
        return passwordChangeRequired ? UserAccountStatus.PASSWORD_MUST_BE_CHANGED : UserAccountStatus.ACTIVE;
    }

    private static <V extends VOUser> V fill(V vo, UserView view) {
        vo.setKey(view.key());
        vo.setVersion(Math.toIntExact(view.version()));
        vo.setUserId(view.userId());
        vo.setOrganizationId(view.organizationId());
        vo.setStatus(status(view.status(), view.passwordChangeRequired(), view.failedLoginCount()));
        vo.setUserRoles(UserRoles.toWire(view.roles()));
        return vo;
    }
}
