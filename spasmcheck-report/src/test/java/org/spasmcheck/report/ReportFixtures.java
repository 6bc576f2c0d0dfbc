package org.spasmcheck.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.spasmcheck.engine.Assessment;
import org.spasmcheck.engine.AssessmentRequest;
import org.spasmcheck.engine.Engine;
import org.spasmcheck.engine.diary.Episode;
import org.spasmcheck.engine.diary.Side;
import org.spasmcheck.engine.diary.Trigger;
import org.spasmcheck.engine.model.Evidence;
import org.spasmcheck.engine.model.Finding;
import org.spasmcheck.engine.model.KnowledgeBase;
import org.spasmcheck.engine.model.Value;
import org.spasmcheck.knowledge.EvidenceReader;
import org.spasmcheck.knowledge.YamlKnowledgeBaseLoader;

/** Assessments of the shipped knowledge base, generated diaries and PDF text for the report tests. */
final class ReportFixtures {
    static final KnowledgeBase KB = YamlKnowledgeBaseLoader.shipped();
    static final Engine ENGINE = new Engine(KB);
    static final ZoneId ZONE = ZoneId.of("Europe/Vienna");
    static final Instant GENERATED = Instant.parse("2026-11-30T09:15:00Z");
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);

    private ReportFixtures() {
    }

    /** The evidence of a development vignette (eval/vignettes), read and checked as the CLI reads it. */
    static Evidence vignette(String id) {
        Path file = Path.of(System.getProperty("spasmcheck.root", ".."), "eval", "vignettes", id + ".json");
        try {
            JsonNode evidence = new ObjectMapper().readTree(file.toFile()).get("evidence");
            EvidenceReader.Result result = new EvidenceReader(KB).read(evidence);
            if (!result.problems().isEmpty()) {
                throw new IllegalStateException(id + ": " + result.problems());
            }
            return result.evidence();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Assessment assess(Evidence evidence) {
        return ENGINE.assess(AssessmentRequest.of(evidence));
    }

    static ReportSubject subject(String id) {
        return new ReportSubject(id, GENERATED.minus(Duration.ofMinutes(42)), GENERATED.minus(Duration.ofMinutes(3)),
                GENERATED, ZONE);
    }

    /**
     * A nocturnal-cramp diary of {@code count} episodes over the last weeks: mostly calf, mostly at night, a note on
     * every fifth, and the newest two with notes in Cyrillic/Greek and in Japanese (which the font cannot show).
     */
    static List<Episode> nocturnalDiary(int count, int days, long seed) {
        Random random = new Random(seed);
        List<Episode> episodes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate day = AS_OF.minusDays(2 + random.nextInt(days - 2));
            LocalTime time = random.nextInt(5) == 0 ? LocalTime.of(8 + random.nextInt(14), random.nextInt(60))
                    : LocalTime.of(random.nextInt(6), random.nextInt(60));
            String site = random.nextInt(4) == 0 ? "foot" : "calf";
            String note = i % 5 == 0 ? "Woke me at night, stretching the toes up helped after a few minutes." : "";
            episodes.add(episode("g" + i, day.atTime(time), site, note));
        }
        episodes.add(episode("cjk", AS_OF.minusDays(1).atTime(2, 10), "calf", "足がつる 夜中"));
        episodes.add(episode("nonlatin", AS_OF.atTime(3, 40), "calf", NON_LATIN_NOTE));
        return episodes;
    }

    static final String NON_LATIN_NOTE = "Судорога в икре ночью, κράμπα ≥ 5 min";

    static Episode episode(String id, LocalDateTime start, String site, String note) {
        return new Episode(id, start, Duration.ofMinutes(4), site, Side.RIGHT, 7, Trigger.NIGHT_REST, "", note);
    }

    static DiarySection diary(List<Episode> episodes) {
        return new DiarySection(episodes, AS_OF,
                List.of("Night-time calf cramps, about 7 a week over 8 weeks; 80% between 00:00 and 06:00.",
                        "Episodes last 2–6 min, intensity median 7/10; eased by stretching in most."),
                List.of());
    }

    /**
     * Every finding of the knowledge base answered (seeded): booleans yes, no or don't know, choices and numbers
     * from their allowed values, so the report has far more than fits unless it caps its lists.
     */
    static Evidence everyFindingAnswered(long seed) {
        Random random = new Random(seed);
        Map<String, Value> answers = new LinkedHashMap<>();
        for (Finding f : KB.findings().values()) {
            int roll = random.nextInt(10);
            Value v = switch (f.type()) {
                case BOOLEAN -> roll < 1 ? Value.UNKNOWN : Value.of(roll < 3);
                case CHOICE -> new Value.Choice(f.options().get(random.nextInt(f.options().size())));
                case MULTI_CHOICE -> new Value.Choices(Set.of(f.options().get(0), f.options().get(1)));
                case NUMBER -> new Value.Number(Math.round(bound(f.min(), 0) + random.nextDouble()
                        * (bound(f.max(), 10) - bound(f.min(), 0))));
            };
            answers.put(f.id(), v);
        }
        return new Evidence(answers);
    }

    private static double bound(Double value, double otherwise) {
        return value == null ? otherwise : value;
    }

    /** The text of the PDF, lines in reading order (sorted by position, so a table row is one line). */
    static String text(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> lines(byte[] pdf) {
        return text(pdf).lines().map(String::strip).toList();
    }

    static int pages(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
