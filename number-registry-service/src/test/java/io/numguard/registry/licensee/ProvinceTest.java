package io.numguard.registry.licensee;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProvinceTest {

    @Test
    void ministryCoversEveryProvinceAProvinceOnlyItself() {
        Province fj = Province.of("FJ");
        Province gd = Province.of("GD");
        assertThat(Province.NATIONAL.covers(fj)).isTrue();
        assertThat(Province.NATIONAL.covers(gd)).isTrue();
        assertThat(fj.covers(fj)).isTrue();
        assertThat(fj.covers(gd)).isFalse();
        assertThat(Province.of("cn").isNational()).isTrue();
        assertThat(Province.of(" fj ")).isEqualTo(fj);
    }

    @Test
    void rejectsUnknownCodes() {
        assertThatThrownBy(() -> Province.of("XX")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("XX");
        assertThatThrownBy(() -> Province.of(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
