package org.bss.system.matrix;

import static org.bss.system.matrix.SoapCall.param;
import static org.bss.system.matrix.SoapCall.vo;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import org.bss.system.matrix.AuthorizationMatrix.Expect;
import org.bss.system.matrix.AuthorizationMatrix.Surface;
import org.bss.system.matrix.MatrixFixtures.StoredUser;
import org.bss.system.matrix.Scene.Target;

/**
 * The user operations: SOAP IdentityService (ws-contract §2.1) and the REST user endpoints. Effects are read from the
 * database ({@link MatrixFixtures#storedUser}); reads are checked by the user id in the answer.
 */
final class UserProbes {

    static final String IDENTITY = "IdentityService";
    static final String CHANGED_NAME = "Changed";

    private UserProbes() {}

    static Probe createUser() {
        return new Probe(
                Target.NONE,
                s -> soap(
                        s,
                        "createUser",
                        param("user", vo("userId", s.fresh) + vo("EMail", email(s.fresh)) + vo("locale", "en"))),
                s -> RestCall.call(
                        s.caller,
                        "POST",
                        "/organizations/" + s.orgA() + "/users",
                        "application/json",
                        RestCall.json(
                                "userId", s.fresh, "email", email(s.fresh), "locale", "en", "roles", new String[0])),
                (s, surface, a) -> {
                    StoredUser created = MatrixFixtures.storedUser(s.fresh);
                    // SOAP creates in the caller's own organization, REST in the organization named (A)
                    return created != null
                            && created.orgId().equals(surface == Surface.SOAP ? s.callerOrgId : s.orgA());
                });
    }

    static Probe listUsers() {
        return new Probe(
                Target.ACTIVE_USER,
                s -> soap(s, "getUsersForOrganization", ""),
                s -> RestCall.call(s.caller, "GET", "/organizations/" + s.orgA() + "/users?limit=500", null, null),
                // SOAP lists the caller's organization (so the caller itself), REST organization A (so the target)
                (s, surface, a) -> (a.bodyContains(">" + s.caller.userId() + "<") && surface == Surface.SOAP)
                        || (a.bodyContains("\"" + s.target.userId() + "\"") && surface == Surface.REST));
    }

    static Probe getOtherUser() {
        return new Probe(
                Target.ACTIVE_USER,
                s -> soap(s, "getUserDetails", s.targetUserParam()),
                s -> RestCall.call(s.caller, "GET", "/users/" + s.target.userId(), null, null),
                (s, surface, a) -> a.outcome() == Expect.ALLOWED && a.bodyContains(s.target.userId()));
    }

    static Probe updateOtherUser() {
        return new Probe(
                Target.ACTIVE_USER,
                s -> soap(
                        s,
                        "updateUser",
                        param(
                                "user",
                                vo("key", s.target.login())
                                        + vo("version", "0")
                                        + vo("userId", s.target.userId())
                                        + vo("firstName", CHANGED_NAME))),
                s -> RestCall.call(
                        s.caller,
                        "PUT",
                        "/users/" + s.target.userId(),
                        "application/json",
                        RestCall.json("firstName", CHANGED_NAME, "version", 0)),
                (s, surface, a) -> CHANGED_NAME.equals(
                        MatrixFixtures.storedUser(s.target.userId()).firstName()));
    }

    static Probe setRoles() {
        return new Probe(
                Target.ACTIVE_USER,
                s -> soap(s, "setUserRoles", s.targetUserParam() + param("roles", "SUBSCRIPTION_MANAGER")),
                s -> RestCall.call(
                        s.caller,
                        "PUT",
                        "/users/" + s.target.userId() + "/roles",
                        "application/json",
                        RestCall.json("roles", new String[] {"SUBSCRIPTION_MANAGER"}, "version", 0)),
                (s, surface, a) ->
                        MatrixFixtures.storedUser(s.target.userId()).roles().equals(Set.of("SUBSCRIPTION_MANAGER")));
    }

    static Probe deleteUser() {
        return new Probe(
                Target.ACTIVE_USER,
                s -> soap(s, "deleteUser", s.targetUserParam()),
                s -> RestCall.call(s.caller, "DELETE", "/users/" + s.target.userId() + "?version=0", null, null),
                (s, surface, a) -> MatrixFixtures.storedUser(s.target.userId()) == null);
    }

    static Probe lock() {
        return new Probe(
                Target.ACTIVE_USER,
                s -> soap(s, "lockUserAccount", s.targetUserParam() + param("newStatus", "LOCKED")),
                s -> RestCall.call(s.caller, "POST", "/users/" + s.target.userId() + "/lock", null, null),
                (s, surface, a) -> "LOCKED"
                        .equals(MatrixFixtures.storedUser(s.target.userId()).status()));
    }

    static Probe unlock() {
        return new Probe(
                Target.LOCKED_USER,
                s -> soap(s, "unlockUserAccount", s.targetUserParam()),
                s -> RestCall.call(s.caller, "POST", "/users/" + s.target.userId() + "/unlock", null, null),
                (s, surface, a) -> "ACTIVE"
                        .equals(MatrixFixtures.storedUser(s.target.userId()).status()));
    }

    static Probe resetPassword() {
        return new Probe(
                Target.ACTIVE_USER,
                s -> soap(s, "requestResetOfUserPassword", s.targetUserParam()),
                s -> RestCall.call(s.caller, "POST", "/users/" + s.target.userId() + "/reset-password", null, null),
                (s, surface, a) -> MatrixFixtures.storedUser(s.target.userId()).passwordChangeRequired());
    }

    /** One user with a role (administrators must give roles, App. F), into organization A. */
    static Probe importUsers() {
        return new Probe(
                Target.NONE,
                s -> soap(
                        s,
                        "importUsers",
                        param("csvData", Base64.getEncoder().encodeToString(csv(s)))
                                + param("organizationId", s.orgA())),
                s -> RestCall.call(
                        s.caller,
                        "POST",
                        "/organizations/" + s.orgA() + "/user-imports",
                        "text/csv; charset=UTF-8",
                        new String(csv(s), StandardCharsets.UTF_8)),
                (s, surface, a) -> imported(s.fresh, a.outcome() == Expect.ALLOWED));
    }

    private static byte[] csv(Scene s) {
        return (s.fresh + "," + email(s.fresh) + ",en,MR,Imported,User,SUBSCRIPTION_MANAGER\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** REST imports in the background: an accepted import is waited for (at most 60 s). */
    private static boolean imported(String userId, boolean accepted) {
        long deadline = System.nanoTime() + (accepted ? 60_000_000_000L : 0);
        while (true) {
            if (MatrixFixtures.storedUser(userId) != null) {
                return true;
            }
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    static String email(String userId) {
        return userId + "@system-test.invalid";
    }

    private static Answer soap(Scene s, String operation, String children) {
        return SoapCall.call(IDENTITY, s.caller.login(), s.caller.password(), operation, children);
    }
}
