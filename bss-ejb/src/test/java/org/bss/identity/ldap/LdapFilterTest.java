package org.bss.identity.ldap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** RFC 4515 escaping: what a user types never changes the structure of a filter. */
class LdapFilterTest {

    @Test
    void escapesTheSpecialCharacters() {
        assertThat(LdapFilter.escape("a*b(c)d\\e\0f")).isEqualTo("a\\2ab\\28c\\29d\\5ce\\00f");
        assertThat(LdapFilter.escape("山田 太郎")).isEqualTo("山田 太郎");
    }

    @Test
    void anExactFilterEscapesTheWildcardToo() {
        assertThat(LdapFilter.equalTo("uid", "*)(uid=*")).isEqualTo("(uid=\\2a\\29\\28uid=\\2a)");
    }

    @Test
    void aPatternKeepsOnlyItsStarsAsWildcards() {
        assertThat(LdapFilter.like("uid", "user*")).isEqualTo("(uid=user*)");
        assertThat(LdapFilter.like("uid", "*ser0*")).isEqualTo("(uid=*ser0*)");
        assertThat(LdapFilter.like("uid", "a**b")).isEqualTo("(uid=a*b)");
        assertThat(LdapFilter.like("uid", "x)(|(uid=*")).isEqualTo("(uid=x\\29\\28|\\28uid=*)");
        assertThat(LdapFilter.like("uid", null)).isEqualTo("(uid=*)");
        assertThat(LdapFilter.like("uid", "  ")).isEqualTo("(uid=*)");
    }
}
