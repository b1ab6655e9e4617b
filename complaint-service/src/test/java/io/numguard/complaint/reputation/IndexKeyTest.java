package io.numguard.complaint.reputation;

import io.numguard.complaint.reputation.index.IndexKey;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IndexKeyTest {
    @Test
    void everyKindReadsBackFromItsWireForm() {
        for (IndexKey k : new IndexKey[]{IndexKey.segment("954361"), IndexKey.filing("95436101"),
                IndexKey.numberReputation("95436100"), IndexKey.segmentReputation("95436")}) {
            assertThat(IndexKey.parse(k.wire())).isEqualTo(k);
        }
        assertThat(IndexKey.numberReputation("95436100").wire()).isEqualTo("N:95436100");
    }

    @Test
    void aMalformedKeyIsRefusedByName() {
        assertThatThrownBy(() -> IndexKey.parse("X:954361")).hasMessageContaining("unknown index key kind in X:954361");
        assertThatThrownBy(() -> IndexKey.parse("N954361")).hasMessageContaining("not an index key: N954361");
        assertThatThrownBy(() -> IndexKey.segment("95 4")).hasMessageContaining("not an index key code");
    }
}
