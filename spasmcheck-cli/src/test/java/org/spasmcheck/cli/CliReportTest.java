package org.spasmcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.ResourceType;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spasmcheck.engine.model.Evidence;
import org.spasmcheck.engine.model.Value;
import org.spasmcheck.interop.FhirReport;
import org.spasmcheck.knowledge.YamlKnowledgeBaseLoader;
import org.spasmcheck.server.ServerContext;
import org.spasmcheck.server.ServerSettings;
import org.spasmcheck.store.Database;

/** {@code spasmcheck report}: the clinician report of an assessment stored in the same database. */
class CliReportTest {
    static final Path PDFTOPPM = Path.of("/usr/bin/pdftoppm");
    static final int RENDER_DPI = 50;
    static final int MAX_PAGES = 3;

    @TempDir
    Path tmp;

    Path dataDir;

    @BeforeEach
    void dataDirectory() {
        dataDir = tmp.resolve("data");
    }

    Cli run(String... args) {
        return Cli.run(Stream.concat(Stream.of(args), Stream.of("--data-dir", dataDir.toString())).toArray(String[]::new));
    }

    /** Runs a use case on the command's database, as the server would, and closes it again. */
    <T> T withServer(Function<ServerContext, T> useCase) {
        try (Database database = Database.open(Database.defaultSqliteUrl(dataDir))) {
            return useCase.apply(ServerContext.of(YamlKnowledgeBaseLoader.shipped(), database,
                    ServerSettings.defaults(0), Clock.systemDefaultZone(), new SecureRandom()));
        }
    }

    String nightCrampsAssessment() {
        Evidence evidence = Evidence.EMPTY.with("age_years", new Value.Number(67)).with("sex", new Value.Choice("female"))
                .with("cramps_at_rest_night", new Value.Bool(true)).with("cramp_hard_knot", new Value.Bool(true));
        return withServer(context -> context.assessments().create(evidence).id());
    }

    static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void writesThePdfAndTheFhirBundle() throws Exception {
        String id = nightCrampsAssessment();
        Path pdf = tmp.resolve("out.pdf");
        Path json = tmp.resolve("out.json");
        Cli r = run("report", id, "--pdf", pdf.toString(), "--fhir", json.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).containsPattern("wrote .*out\\.pdf \\([1-3] pages?\\)").contains("wrote " + json);

        assertThat(text(pdf)).contains("spasmcheck clinician report", "Triage", "Differential", "Answers",
                "Not a diagnosis", id).doesNotContain("Diary");
        Bundle bundle = FhirReport.parse(Files.readString(json));
        assertThat(bundle.getEntry()).extracting(e -> e.getResource().getResourceType())
                .contains(ResourceType.RiskAssessment, ResourceType.CarePlan);
        pagesRenderedByPdftoppm(pdf);
    }

    @Test
    void anInterviewStartedFromADiary_hasTheDiarySection() throws Exception {
        String key = run("diary", "new").out().lines().findFirst().orElseThrow();
        for (int day = 0; day < 3; day++) {
            Cli added = run("diary", "add", "--key", key, "--start", LocalDate.now().minusDays(day) + "T02:30",
                    "--duration", "2m", "--site", "calf", "--side", "right", "--intensity", "5", "--trigger", "night_rest");
            assertThat(added.exitCode()).as(added.err()).isZero();
        }
        String id = withServer(context -> context.diaries().startInterview(key, Map.of()).id());
        Path pdf = tmp.resolve("diary.pdf");
        Cli r = run("report", id, "--pdf", pdf.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(text(pdf)).contains("Diary", "Episodes: 3 recorded", id);
    }

    @Test
    void anExistingFile_isKeptUnlessForced() throws Exception {
        String id = nightCrampsAssessment();
        Path pdf = Files.writeString(tmp.resolve("out.pdf"), "mine");
        Path json = tmp.resolve("out.json");

        Cli refused = run("report", id, "--pdf", pdf.toString(), "--fhir", json.toString());
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err().strip()).isEqualTo("spasmcheck: " + pdf + " exists; give --force to overwrite it");
        assertThat(Files.readString(pdf)).isEqualTo("mine");
        assertThat(json).doesNotExist();

        Cli forced = run("report", id, "--pdf", pdf.toString(), "--force");
        assertThat(forced.exitCode()).as(forced.err()).isZero();
        assertThat(text(pdf)).contains(id);
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("data", "out.pdf");
        }
    }

    @Test
    void unknownId_isExit2() {
        nightCrampsAssessment();
        Cli r = run("report", "no-such-id", "--pdf", tmp.resolve("out.pdf").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("spasmcheck: no assessment with id no-such-id");
        assertThat(tmp.resolve("out.pdf")).doesNotExist();
    }

    @Test
    void unwritablePath_isExit2NamingIt() {
        String id = nightCrampsAssessment();
        Path pdf = tmp.resolve("no-such-folder").resolve("out.pdf");
        Cli r = run("report", id, "--pdf", pdf.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("spasmcheck: cannot write " + pdf + ": its folder does not exist");
    }

    @Test
    void missingPdfOption_isExit2() {
        Cli r = run("report", "some-id");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--pdf");
    }

    /** 1 to 3 PNG pages from pdftoppm; without it the check is skipped, except on CI (CI=true), where it fails. */
    void pagesRenderedByPdftoppm(Path pdf) throws IOException, InterruptedException {
        if (!Files.isExecutable(PDFTOPPM)) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("CI=true and " + PDFTOPPM + " is missing");
            }
            Assumptions.abort("skipped: " + PDFTOPPM + " is missing");
        }
        Path pages = Files.createDirectories(tmp.resolve("pages"));
        Process process = new ProcessBuilder(PDFTOPPM.toString(), "-r", Integer.toString(RENDER_DPI), "-png",
                pdf.toString(), pages.resolve("page").toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("pdftoppm.log").toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("pdftoppm finished").isTrue();
        assertThat(process.exitValue()).as(Files.readString(tmp.resolve("pdftoppm.log"))).isZero();
        try (Stream<Path> files = Files.list(pages)) {
            assertThat(files.map(Path::toFile).map(File::getName).filter(n -> n.endsWith(".png")).count())
                    .isBetween(1L, (long) MAX_PAGES);
        }
    }
}
