package org.bss.identity.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.bss.common.ValidationException;
import org.junit.jupiter.api.Test;

/**
 * Property-style: random valid users written by {@link UserCsvWriter} read back unchanged, and random damage to
 * lines never breaks the parser. The seed is printed; rerun one with -DuserCsv.seed=...
 */
class UserCsvRoundTripTest {

    private static final String ID_CHARS = "abcXYZ019._-@ ()[]{}|~äöüß日本語ユーザー𠮷";
    private static final String NAME_CHARS = "abcXYZ ,\"'.-äöüßÉ山田花子鈴木𠮷!#;";
    private static final List<String> LANGUAGES = List.of("en", "de", "ja");
    private static final List<String> ROLES = List.copyOf(UserCsvParser.USER_ROLES);

    private static long seed() {
        long seed = Long.getLong("userCsv.seed", System.nanoTime());
        System.out.println("UserCsvRoundTripTest seed=" + seed);
        return seed;
    }

    @Test
    void randomUsersRoundTrip() {
        long seed = seed();
        Random random = new Random(seed);
        for (int round = 0; round < 200; round++) {
            StringBuilder file = new StringBuilder(random.nextBoolean() ? "\uFEFF" : "");
            List<UserCsvRow> expected = new ArrayList<>();
            int line = 0;
            int users = 1 + random.nextInt(30);
            for (int i = 0; i < users; i++) {
                while (random.nextInt(5) == 0) {
                    file.append(random.nextBoolean() ? "" : " \t").append(newline(random));
                    line++;
                }
                line++;
                UserCsvRow row = randomRow(random, line, "r" + i + "-");
                expected.add(row);
                file.append(UserCsvWriter.line(row, random.nextInt(4) == 0));
                if (i < users - 1 || random.nextBoolean()) {
                    file.append(newline(random));
                }
            }
            UserCsvContent content = new UserCsvParser().parse(file.toString().getBytes(StandardCharsets.UTF_8), false);
            assertThat(content.rejected()).as("seed %d round %d", seed, round).isEmpty();
            assertThat(content.rows()).as("seed %d round %d", seed, round).isEqualTo(expected);
            for (int i = 0; i < expected.size(); i++) {
                assertThat(List.copyOf(content.rows().get(i).roles()))
                        .as("role order, seed %d", seed)
                        .isEqualTo(List.copyOf(expected.get(i).roles()));
            }
        }
    }

    @Test
    void damagedLinesAreEitherAcceptedOrRejectedNeverLost() {
        long seed = seed();
        Random random = new Random(seed);
        String damage = ",\"\" \t;/\\xé";
        for (int round = 0; round < 200; round++) {
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                StringBuilder l = new StringBuilder(
                        UserCsvWriter.line(randomRow(random, i + 1, "d" + i + "-"), random.nextBoolean()));
                for (int k = random.nextInt(4); k > 0; k--) {
                    l.insert(random.nextInt(l.length() + 1), damage.charAt(random.nextInt(damage.length())));
                }
                lines.add(l.toString());
            }
            try {
                UserCsvContent content =
                        new UserCsvParser().parse(String.join("\n", lines).getBytes(StandardCharsets.UTF_8), true);
                List<Integer> seen = new ArrayList<>();
                content.rows().forEach(r -> seen.add(r.line()));
                content.rejected().forEach(r -> seen.add(r.line()));
                long nonBlank = lines.stream().filter(s -> !s.isBlank()).count();
                assertThat(seen)
                        .as("seed %d round %d", seed, round)
                        .hasSize((int) nonBlank)
                        .doesNotHaveDuplicates();
                content.rejected()
                        .forEach(r -> assertThat(r.reason(java.util.Locale.ENGLISH))
                                .as("seed %d", seed)
                                .isNotEqualTo(r.messageKey()));
            } catch (ValidationException e) {
                throw new AssertionError("seed " + seed + ": no file-level error expected", e);
            }
        }
    }

    private static UserCsvRow randomRow(Random random, int line, String idPrefix) {
        String userId = idPrefix + text(random, ID_CHARS, 1 + random.nextInt(100 - idPrefix.length()));
        String email =
                text(random, "abcdefghij0123456789", 1 + random.nextInt(20)) + "@example" + random.nextInt(10) + ".com";
        String locale = LANGUAGES.get(random.nextInt(LANGUAGES.size()));
        String salutation = switch (random.nextInt(3)) {
            case 0 -> "MR";
            case 1 -> "MS";
            default -> null;
        };
        Set<String> roles = new LinkedHashSet<>();
        for (int k = random.nextInt(4); k > 0; k--) {
            roles.add(ROLES.get(random.nextInt(ROLES.size())));
        }
        return new UserCsvRow(line, userId, email, locale, salutation, name(random), name(random), roles);
    }

    private static String name(Random random) {
        return random.nextInt(4) == 0 ? null : text(random, NAME_CHARS, 1 + random.nextInt(100));
    }

    /** {@code length} code points from {@code chars}, without blanks at the edges (values are trimmed on import). */
    private static String text(Random random, String chars, int length) {
        int[] points = chars.codePoints().toArray();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int cp = points[random.nextInt(points.length)];
            boolean edge = i == 0 || i == length - 1;
            b.appendCodePoint(edge && Character.isWhitespace(cp) ? 'x' : cp);
        }
        return b.toString();
    }

    private static String newline(Random random) {
        return random.nextBoolean() ? "\n" : "\r\n";
    }
}
