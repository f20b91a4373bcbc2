package org.bss.system.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;
import org.bss.system.matrix.AuthorizationMatrix.Caller;
import org.bss.system.matrix.AuthorizationMatrix.Expect;
import org.bss.system.matrix.AuthorizationMatrix.Row;
import org.bss.system.matrix.AuthorizationMatrix.Surface;
import org.bss.system.matrix.MatrixFixtures.Member;
import org.bss.system.matrix.MatrixFixtures.Org;
import org.bss.system.support.TestMailServer;
import org.bss.system.support.TestUsers;
import org.bss.system.support.TestUsers.TestUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The authorization matrix of issue 4 through SOAP and REST: one dynamic test per operation × caller × surface,
 * generated from {@link AuthorizationMatrix#TABLE}. Each test makes its own target (user or organization), calls,
 * compares the outcome with the cell, and checks in the database that an allowed call took effect and a refused one
 * did not. Fixtures: {@link MatrixFixtures} (organizations A and B and their users) and a {@link TestUsers}
 * operator; everything is removed afterwards.
 */
class AuthorizationMatrixIT {

    private static final MatrixFixtures FIXTURES = new MatrixFixtures();
    private static TestUser operator;
    private static Scene.Cast cast;

    @BeforeAll
    static void cast() {
        TestMailServer.start(); // receives the mails of created, locked, reset users
        operator = TestUsers.operator();
        Org a = FIXTURES.organization("a", "SUPPLIER", "TECHNOLOGY_PROVIDER");
        Org b = FIXTURES.organization("b");
        Map<Caller, Member> members = new EnumMap<>(Caller.class);
        members.put(Caller.OPERATOR, new Member(operator.userKey(), operator.userId(), operator.password()));
        members.put(Caller.ADMIN, FIXTURES.user(a, "admin", "ACTIVE", "ORGANIZATION_ADMIN", "MARKETPLACE_OWNER"));
        members.put(Caller.OTHER_ADMIN, FIXTURES.user(b, "admin", "ACTIVE", "ORGANIZATION_ADMIN"));
        members.put(Caller.SUBSCRIPTION_MANAGER, FIXTURES.user(a, "subscr", "ACTIVE", "SUBSCRIPTION_MANAGER"));
        members.put(Caller.SERVICE_MANAGER, FIXTURES.user(a, "service", "ACTIVE", "SERVICE_MANAGER"));
        members.put(Caller.TECHNOLOGY_MANAGER, FIXTURES.user(a, "tech", "ACTIVE", "TECHNOLOGY_MANAGER"));
        members.put(Caller.NO_ROLE, FIXTURES.user(a, "plain", "ACTIVE"));
        Map<Caller, String> organizations = new EnumMap<>(Caller.class);
        for (Caller caller : Caller.values()) {
            organizations.put(
                    caller,
                    switch (caller) {
                        case OPERATOR ->
                            MatrixFixtures.storedUser(operator.userId()).orgId();
                        case OTHER_ADMIN -> b.orgId();
                        default -> a.orgId();
                    });
        }
        cast = new Scene.Cast(FIXTURES, a, members, organizations);
    }

    @AfterAll
    static void cleanUp() {
        FIXTURES.cleanUp();
        TestUsers.delete(operator);
    }

    @Test
    void tableHasOneRowPerOperationInOrder() {
        assertThat(AuthorizationMatrix.TABLE).extracting(Row::operation).containsExactly(Operation.values());
    }

    @TestFactory
    Stream<DynamicNode> matrix() {
        return AuthorizationMatrix.TABLE.stream()
                .map(row -> dynamicContainer(
                        row.operation().title,
                        Arrays.stream(Caller.values())
                                .flatMap(caller -> Arrays.stream(Surface.values())
                                        .filter(surface -> row.cell(caller).on(surface) != null)
                                        .map(surface -> {
                                            Expect expected = row.cell(caller).on(surface);
                                            return dynamicTest(
                                                    caller.title + " via " + surface + " → " + expected,
                                                    () -> check(row.operation(), caller, surface, expected));
                                        }))));
    }

    private static void check(Operation operation, Caller caller, Surface surface, Expect expected) {
        Scene scene = Scene.prepare(cast, caller, operation.probe.target());

        Answer answer = operation.probe.call(scene, surface);

        assertThat(answer.outcome())
                .as("%s by %s via %s: %s", operation.title, caller.title, surface, answer)
                .isEqualTo(expected);
        Boolean visible = operation.probe.effect().visible(scene, surface, answer);
        if (visible != null) {
            assertThat(visible)
                    .as(
                            "%s by %s via %s %s: effect visible in the database/answer (%s)",
                            operation.title, caller.title, surface, expected, answer)
                    .isEqualTo(expected == Expect.ALLOWED);
        }
    }
}
