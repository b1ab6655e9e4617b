package io.numguard.devstack;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PortPlanTest {
    @Test
    void theLocalRunsReplicasListenTenApartAndReplicaZeroKeepsTheUsualPort() {
        DevStack.PortPlan plan = DevStack.PortPlan.localDefaults(3);
        assertThat(plan.replicas()).isEqualTo(3);
        assertThat(plan.port(Service.REGISTRY, 0)).isEqualTo(Service.REGISTRY.defaultPort());
        assertThat(plan.services().get(Service.REGISTRY)).containsExactly(8081, 8091, 8101);
        assertThat(plan.services().get(Service.CONSOLE)).containsExactly(8084, 8094, 8104);
        assertThat(DevStack.PortPlan.localDefaults().services().get(Service.COMPLAINT)).containsExactly(8082);
    }

    @Test
    void everyReplicaOfEveryServiceGetsItsOwnFreePort() {
        DevStack.PortPlan plan = DevStack.PortPlan.free(2);
        Set<Integer> all = new HashSet<>(List.of(plan.postgres(), plan.kafka(), plan.kafkaInternal(),
                plan.kafkaController(), plan.keycloak(), plan.keycloakManagement()));
        for (Service s : Service.STARTED) {
            assertThat(plan.services().get(s)).hasSize(2);
            all.addAll(plan.services().get(s));
        }
        assertThat(all).hasSize(6 + 2 * Service.STARTED.size());
    }

    @Test
    void aPlanNamesWhatIsWrong() {
        assertThatThrownBy(() -> DevStack.PortPlan.free(0)).hasMessageContaining("replicas must be 1-8, not 0");
        assertThatThrownBy(() -> DevStack.PortPlan.localDefaults(9)).hasMessageContaining("not 9");
        assertThatThrownBy(() -> DevStack.PortPlan.free(1).port(Service.REGISTRY, 1))
                .hasMessageContaining("no replica 1 of registry");
        assertThatThrownBy(() -> new DevStack.PortPlan(1, 2, 3, 4, 5, 6,
                Map.of(Service.REGISTRY, List.of(7, 8), Service.COMPLAINT, List.of(9))))
                .hasMessageContaining("same number");
    }
}
