package io.numguard.devstack;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DevStackMainOptionsTest {
    @Test
    void readsTheReplicaCountInBothSpellingsBesideInfraOnly() {
        assertThat(DevStackMain.Options.parse()).isEqualTo(new DevStackMain.Options(false, 1));
        assertThat(DevStackMain.Options.parse("--replicas", "2")).isEqualTo(new DevStackMain.Options(false, 2));
        assertThat(DevStackMain.Options.parse("--infra-only", "--replicas=3"))
                .isEqualTo(new DevStackMain.Options(true, 3));
    }

    @Test
    void aWrongArgumentIsNamedWithWhatIsAccepted() {
        assertThatThrownBy(() -> DevStackMain.Options.parse("--replicas", "two"))
                .hasMessage("--replicas takes a whole number from 1 to 8, not 'two'");
        assertThatThrownBy(() -> DevStackMain.Options.parse("--replicas"))
                .hasMessage("--replicas takes a whole number from 1 to 8, and none was given");
        assertThatThrownBy(() -> DevStackMain.Options.parse("--replicas=0")).hasMessageContaining("not '0'");
        assertThatThrownBy(() -> DevStackMain.Options.parse("--replica", "2")).hasMessage("unknown argument '--replica'");
    }
}
