package org.bss.billing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bss.billing.input.UserAssignment;
import org.bss.billing.time.Span;
import org.bss.billing.time.Spans;

/** User assignments as sorted spans per user and per (user, role), built once per calculation. */
final class Assignments {
    private final Map<String, List<Span>> byUser = new LinkedHashMap<>();
    private final Map<String, Map<String, List<Span>>> byUserAndRole = new LinkedHashMap<>();

    Assignments(List<UserAssignment> assignments) {
        List<UserAssignment> sorted = new ArrayList<>(assignments);
        sorted.sort(Comparator.comparing(UserAssignment::from));
        for (UserAssignment a : sorted) {
            Span span = Span.of(a.from(), a.to());
            byUser.computeIfAbsent(a.userId(), k -> new ArrayList<>(2)).add(span); // few spans per user
            if (a.roleId() != null) {
                byUserAndRole.computeIfAbsent(a.userId(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(a.roleId(), k -> new ArrayList<>(2)).add(span);
            }
        }
        byUser.replaceAll((k, spans) -> Spans.merge(spans));
        byUserAndRole.values().forEach(m -> m.replaceAll((k, spans) -> Spans.merge(spans)));
    }

    Set<String> users() {
        return byUser.keySet();
    }

    int userCount() {
        return byUser.size();
    }

    boolean isEmpty() {
        return byUser.isEmpty();
    }

    List<Span> spans(String userId) {
        return byUser.getOrDefault(userId, List.of());
    }

    List<Span> spans(String userId, String roleId) {
        return byUserAndRole.getOrDefault(userId, Map.of()).getOrDefault(roleId, List.of());
    }
}
