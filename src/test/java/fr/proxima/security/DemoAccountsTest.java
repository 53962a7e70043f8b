package fr.proxima.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;

class DemoAccountsTest extends WebIntegrationTest {

    @Test
    void demoAccountsExistWithUserIdAsPassword() {
        for (String userId : List.of("admin", "technicien", "correspondant", "correspondant2", "planificateur",
                "chef")) {
            User user = identityService.createUserQuery().userId(userId).singleResult();

            assertThat(user).as(userId).isNotNull();
            assertThat(user.getEmail()).isEqualTo(userId + "@demo.proxima.example");
            assertThat(user.getFirstName()).isNotBlank();
            assertThat(user.getLastName()).isNotBlank();
            assertThat(identityService.checkPassword(userId, userId)).as(userId).isTrue();
        }
    }

    @Test
    void demoAccountsHaveTheirGroups() {
        assertThat(groupsOf("admin")).containsExactly(Groups.ADMINISTRATORS);
        assertThat(groupsOf("technicien")).containsExactlyInAnyOrder(Groups.TECHNICIANS, "techniciens-0750654D",
                "techniciens-0750652B", "techniciens-0750656F", "techniciens-0750657G", "techniciens-0750660K");
        assertThat(groupsOf("correspondant")).containsExactlyInAnyOrder(Groups.CORRESPONDENTS,
                "correspondants-0750654D");
        assertThat(groupsOf("correspondant2")).containsExactlyInAnyOrder(Groups.CORRESPONDENTS,
                "correspondants-0750655E");
        assertThat(groupsOf("planificateur")).containsExactly(Groups.PLANNERS);
        assertThat(groupsOf("chef")).containsExactlyInAnyOrder(Groups.HEADS, "chefs-0750654D");
    }

    @Test
    void technicianDoesNotServeLouisLeGrand() {
        assertThat(groupsOf("technicien")).doesNotContain(Groups.techniciansOf(DemoAccounts.LOUIS_LE_GRAND));
    }

    private List<String> groupsOf(String userId) {
        return identityService.createGroupQuery().groupMember(userId).unlimitedList().stream().map(Group::getId).toList();
    }
}
