package org.spasmcheck.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.spasmcheck.engine.model.KnowledgeBase;
import org.spasmcheck.engine.model.Treatment;

/** The knowledge base that ships: loads cleanly, covers the contract, states rejected advice. */
class ShippedKnowledgeBaseTest {
    static final Path SHARED_VOCABULARY = Path.of("..", "..", "shared", "contract", "vocabulary.yaml");

    @Test
    void loadsFromTheJar_withoutErrors() {
        LoadResult result = new YamlKnowledgeBaseLoader().load(KnowledgeFiles.fromClasspath());
        assertThat(result.errors()).isEmpty();
        KnowledgeBase kb = result.orThrow();
        assertThat(kb.conditions()).hasSizeGreaterThanOrEqualTo(39);
        assertThat(kb.contentHash()).matches("[0-9a-f]{64}");
    }

    @Test
    void contractCopy_matchesTheSharedContract() throws IOException {
        // The jar carries a copy of the interview contract; it must not drift from ../shared when that is present.
        if (Files.exists(SHARED_VOCABULARY)) {
            assertThat(Files.readString(Path.of("..", "knowledge-base", "contract", "vocabulary.yaml")))
                    .isEqualTo(Files.readString(SHARED_VOCABULARY));
        }
    }

    @Test
    void quinine_isNeverAdvised_andAlwaysCarriesTheFdaWarning() {
        KnowledgeBase kb = YamlKnowledgeBaseLoader.shipped();
        var quinine = kb.conditions().stream().flatMap(c -> c.treatments().stream())
                .filter(t -> t.name().toLowerCase().contains("quinine")).toList();
        assertThat(quinine).isNotEmpty().allSatisfy(t -> {
            assertThat(t.recommendation().isAdvised()).as(t.name()).isFalse();
            assertThat(t.warning()).as(t.name()).isNotBlank().containsIgnoringCase("FDA");
        });
    }

    @Test
    void magnesiumForOrdinaryCramps_isNotRecommended() {
        KnowledgeBase kb = YamlKnowledgeBaseLoader.shipped();
        var nlc = kb.condition("nocturnal_leg_cramps").orElseThrow();
        assertThat(nlc.treatments()).filteredOn(t -> t.name().toLowerCase().contains("magnesium"))
                .isNotEmpty().extracting(Treatment::recommendation).allMatch(r -> !r.isAdvised());
    }

    @Test
    void everyRedFlagRule_hasAdviceReasonAndSource() {
        KnowledgeBase kb = YamlKnowledgeBaseLoader.shipped();
        assertThat(kb.rules()).allSatisfy(r -> {
            assertThat(r.advice()).isNotBlank();
            assertThat(r.reason()).isNotBlank();
            assertThat(r.citation().sources()).as(r.id()).isNotEmpty();
        });
    }
}
