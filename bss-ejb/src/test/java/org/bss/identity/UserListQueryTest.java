package org.bss.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.bss.common.ValidationException;
import org.junit.jupiter.api.Test;

class UserListQueryTest {

    @Test
    void sortsByUserIdByDefaultWithTheKeyAsTieBreaker() {
        UserListQuery q = new UserListQuery(0, 10, "  ", null, false);
        assertEquals("userId", q.sort());
        assertNull(q.filter());
        assertEquals("u.userId asc, u.key asc", q.orderBy());
        assertEquals("u.createdAt desc, u.key asc", new UserListQuery(0, 10, null, "createdAt", true).orderBy());
    }

    @Test
    void filterIsTrimmedAndLowerCased() {
        assertEquals("müller", new UserListQuery(0, 10, " MÜLLER ", "email", false).filter());
    }

    @Test
    void refusesBadPagingAndUnknownSortFields() {
        assertEquals(
                "identity.list.offset",
                assertThrows(ValidationException.class, () -> new UserListQuery(-1, 10, null, null, false))
                        .messageKey());
        assertThrows(ValidationException.class, () -> new UserListQuery(0, 0, null, null, false));
        assertThrows(
                ValidationException.class, () -> new UserListQuery(0, UserListQuery.MAX_LIMIT + 1, null, null, false));
        // a sort field is never put into the query unchecked
        assertEquals(
                "identity.list.sort",
                assertThrows(ValidationException.class, () -> new UserListQuery(0, 10, null, "passwordHash", false))
                        .messageKey());
    }
}
