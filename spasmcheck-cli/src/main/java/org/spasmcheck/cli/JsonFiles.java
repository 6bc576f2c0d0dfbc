package org.spasmcheck.cli;

import org.spasmcheck.server.json.AssessmentJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a JSON file, turning every way it can fail into one clear line. */
final class JsonFiles {
    private JsonFiles() {
    }

    static JsonNode read(Path file) {
        try {
            return AssessmentJson.MAPPER.readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new BadInputException("file not found: " + file);
        } catch (JsonProcessingException e) {
            throw new BadInputException("malformed JSON in " + file + " at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new BadInputException("cannot read " + file + ": " + e.getMessage());
        }
    }
}
