package fr.proxima.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GroupsTest {

    @Test
    void headsGroupOfLycee() {
        assertThat(Groups.headsOf("0750654d")).isEqualTo("chefs-0750654D");
        assertThat(Groups.uaiOfHeadsGroup("chefs-0750654D")).contains("0750654D");
    }

    @Test
    void roleGroupIsNoLyceeGroup() {
        assertThat(Groups.uaiOfHeadsGroup(Groups.HEADS)).isEmpty();
        assertThat(Groups.uaiOfHeadsGroup("correspondants-0750654D")).isEmpty();
        assertThat(Groups.uaiOfCorrespondentsGroup("chefs-0750654D")).isEmpty();
        assertThat(Groups.uaiOfHeadsGroup(null)).isEmpty();
    }
}
