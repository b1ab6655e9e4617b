package io.numguard.registry.licensee;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LegalRepresentativeHasherTest {
    private final LegalRepresentativeHasher hasher = new LegalRepresentativeHasher("test-pepper");

    @Test
    void isHmacSha256HexOfTheNormalisedNumber() {
        // python3 -c 'import hmac,hashlib;print(hmac.new(b"test-pepper",b"35010219900101123X",hashlib.sha256).hexdigest())'
        assertThat(hasher.hash("35010219900101123X").hex())
                .isEqualTo("83b37f5bbd717dbdb3340834d70874f79d7c5316fcdba84855290988215fe64d");
    }

    @Test
    void theSamePersonTypedDifferentlyHashesTheSame() {
        LegalRepresentativeHash h = hasher.hash("35010219900101123X");
        assertThat(hasher.hash("350102 19900101 123x")).isEqualTo(h);
        assertThat(hasher.hash("350102-19900101-123X")).isEqualTo(h);
        assertThat(hasher.hash("３５０１０２１９９００１０１１２３ｘ")).isEqualTo(h); // full-width
        assertThat(new LegalRepresentativeHasher("test-pepper").hash("35010219900101123X")).isEqualTo(h);
    }

    @Test
    void anotherPepperOrPersonHashesDifferentlyAndTheRawNumberIsNotKept() {
        LegalRepresentativeHash h = hasher.hash("35010219900101123X");
        assertThat(new LegalRepresentativeHasher("other").hash("35010219900101123X")).isNotEqualTo(h);
        assertThat(hasher.hash("350102199001011231")).isNotEqualTo(h);
        assertThat(h.hex()).doesNotContain("35010219900101123").hasSize(64);
        assertThat(hasher.toString()).doesNotContain("test-pepper");
    }

    @Test
    void rejectsEmptyInputAndMissingPepper() {
        assertThatThrownBy(() -> hasher.hash("  ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> hasher.hash("3501*")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LegalRepresentativeHasher(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LegalRepresentativeHash.of("abc")).isInstanceOf(IllegalArgumentException.class);
    }
}
