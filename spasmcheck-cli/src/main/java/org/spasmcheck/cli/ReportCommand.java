package org.spasmcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.spasmcheck.server.ServerContext;
import org.spasmcheck.server.service.AssessmentNotAccessibleException;
import org.spasmcheck.server.service.SessionAssessment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code spasmcheck report ID --pdf FILE [--fhir FILE]}: the clinician report of a stored assessment. The command
 * runs beside the database, so it reads the assessment by its id alone (no access token).
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write the clinician report of a stored assessment: the PDF (with the diary it was started from, "
                + "if any) and, with --fhir, the FHIR R4 Bundle as JSON.")
final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    KnowledgeOption knowledge;

    @Mixin
    DatabaseOption database;

    @Parameters(paramLabel = "ID", description = "the assessment id")
    String id;

    @Option(names = "--pdf", required = true, paramLabel = "FILE", description = "where to write the PDF")
    Path pdf;

    @Option(names = "--fhir", paramLabel = "FILE", description = "where to write the FHIR R4 Bundle JSON")
    Path fhir;

    @Option(names = "--force", description = "overwrite files that exist")
    boolean force;

    @Override
    public Integer call() {
        if (fhir != null && pdf.toAbsolutePath().normalize().equals(fhir.toAbsolutePath().normalize())) {
            throw new BadInputException("--pdf and --fhir name the same file: " + pdf);
        }
        checkTarget(pdf);
        if (fhir != null) {
            checkTarget(fhir);
        }
        byte[] pdfBytes;
        String fhirJson;
        try (LocalServices services = LocalServices.open(knowledge, database)) {
            ServerContext context = services.context();
            SessionAssessment assessment;
            try {
                assessment = context.assessments().getByOperator(id);
            } catch (AssessmentNotAccessibleException e) {
                throw new BadInputException("no assessment with id " + id);
            }
            pdfBytes = context.reports().pdf(assessment, context.diaries().diaryOf(assessment));
            fhirJson = fhir == null ? null : context.reports().fhirJson(assessment);
        }
        PrintWriter out = spec.commandLine().getOut();
        write(pdf, pdfBytes);
        int pages = pages(pdfBytes);
        out.printf("wrote %s (%d %s)%n", pdf, pages, pages == 1 ? "page" : "pages");
        if (fhir != null) {
            write(fhir, fhirJson.getBytes(StandardCharsets.UTF_8));
            out.printf("wrote %s (FHIR R4 Bundle)%n", fhir);
        }
        out.flush();
        return 0;
    }

    /** Refuses, before anything is written, a file that could not be written or is not to be overwritten. */
    private void checkTarget(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new BadInputException("cannot write " + file + ": its folder does not exist");
        }
        if (Files.isDirectory(file)) {
            throw new BadInputException("cannot write " + file + ": it is a folder");
        }
        if (!force && Files.exists(file)) {
            throw new BadInputException(file + " exists; give --force to overwrite it");
        }
    }

    /**
     * Writes a file whole or not at all: into a temporary file beside it, then renamed over it (only with --force
     * when it exists), so a failure never leaves half a report behind. The file is readable by its owner only, as
     * befits health data.
     */
    private void write(Path file, byte[] content) {
        Path target = file.toAbsolutePath();
        Path temporary = null;
        try {
            temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
            Files.write(temporary, content);
            if (force) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.move(temporary, target);
            }
        } catch (FileAlreadyExistsException e) {
            throw new BadInputException(file + " exists; give --force to overwrite it");
        } catch (IOException e) {
            throw new BadInputException("cannot write " + file + ": " + reason(file, e));
        } finally {
            deleteQuietly(temporary);
        }
    }

    private static String reason(Path file, IOException e) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            return "its folder does not exist";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "files cannot be created in " + folder;
        }
        return e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
    }

    /** The temporary file is gone after a successful move; after a failure it is removed if it can be. */
    private static void deleteQuietly(Path temporary) {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            // Nothing more to do: the error that matters has been reported.
        }
    }

    private static int pages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException("the report just rendered cannot be read back", e);
        }
    }
}
