package org.bss.billing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bss.billing.input.UserAssignment;
import org.bss.billing.time.Span;
import org.bss.billing.time.Spans;

/**
 * User assignments as sorted spans per user and per (user, role), built once per calculation, users in the
 * order of their first assignment. Refuses an assignment that ends before it starts and overlapping
 * assignments of one user (a role change is a new assignment starting when the previous one ends).
 */
final class Assignments {
    /** Up to this many users a linear search finds a user faster than a hash map that must be built first. */
    private static final int LINEAR_LOOKUP = 8;

    private final List<UserTime> users = new ArrayList<>(4);
    private Map<String, UserTime> index;

    Assignments(String subscriptionId, List<UserAssignment> assignments) {
        for (UserAssignment a : sortedByStart(assignments)) {
            if (a.to() != null && !a.to().isAfter(a.from())) {
                throw new BillingInputException("subscription '" + subscriptionId + "': assignment of user '"
                        + a.userId() + "' ends " + a.to() + " before it starts " + a.from());
            }
            UserTime user = user(a.userId());
            if (user.last != null && (user.last.to() == null || user.last.to().isAfter(a.from()))) {
                throw new BillingInputException("subscription '" + subscriptionId + "': user '" + a.userId()
                        + "' has overlapping assignments starting " + user.last.from() + " and " + a.from());
            }
            user.add(a, Span.of(a.from(), a.to()));
        }
        for (UserTime u : users) {
            u.merge();
        }
    }

    /** Each user's assignment time, in the order of their first assignment. */
    List<UserTime> users() {
        return users;
    }

    private static List<UserAssignment> sortedByStart(List<UserAssignment> assignments) {
        for (int i = 1; i < assignments.size(); i++) {
            if (assignments.get(i).from().isBefore(assignments.get(i - 1).from())) {
                List<UserAssignment> sorted = new ArrayList<>(assignments);
                sorted.sort(Comparator.comparing(UserAssignment::from)); // stable: equal starts keep their order
                return sorted;
            }
        }
        return assignments;
    }

    private UserTime user(String userId) {
        if (index != null) {
            return index.computeIfAbsent(userId, this::added);
        }
        for (int i = 0; i < users.size(); i++) {
            if (users.get(i).userId.equals(userId)) {
                return users.get(i);
            }
        }
        UserTime user = added(userId);
        if (users.size() > LINEAR_LOOKUP) {
            index = new HashMap<>();
            for (UserTime u : users) {
                index.put(u.userId, u);
            }
        }
        return user;
    }

    private UserTime added(String userId) {
        UserTime user = new UserTime(userId);
        users.add(user);
        return user;
    }

    /** One user's assignment spans, in total and per role. */
    static final class UserTime {
        private final String userId;
        /** Each assignment's span and role, by start. */
        private final List<Span> assigned = new ArrayList<>(2);

        private final List<String> roles = new ArrayList<>(2);
        private List<Span> spans;
        private UserAssignment last;

        private UserTime(String userId) {
            this.userId = userId;
        }

        String userId() {
            return userId;
        }

        List<Span> spans() {
            return spans;
        }

        /** The spans in which the user held {@code roleId}; mostly a user holds one role throughout. */
        List<Span> spans(String roleId) {
            if (roleId == null) { // a price for "no role" matches nobody
                return List.of();
            }
            int held = 0;
            for (int i = 0; i < roles.size(); i++) {
                if (roleId.equals(roles.get(i))) {
                    held++;
                }
            }
            if (held == roles.size()) {
                return spans;
            }
            if (held == 0) {
                return List.of();
            }
            List<Span> withRole = new ArrayList<>(held);
            for (int i = 0; i < roles.size(); i++) {
                if (roleId.equals(roles.get(i))) {
                    withRole.add(assigned.get(i));
                }
            }
            return Spans.merge(withRole);
        }

        private void add(UserAssignment a, Span span) {
            last = a;
            assigned.add(span);
            roles.add(a.roleId());
        }

        private void merge() {
            spans = Spans.merge(assigned);
        }
    }
}
