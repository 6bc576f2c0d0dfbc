package org.spasmcheck.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.spasmcheck.server.json.AssessmentJson;

/** Reads a JSON file, turning every way it can fail into one clear line. */
final class JsonFiles {
    /** As strict as the API: a repeated key would make an answer ambiguous, trailing content is malformed. */
    private static final ObjectReader READER = AssessmentJson.MAPPER.reader()
            .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonFiles() {
    }

    static JsonNode read(Path file) {
        if (Files.isDirectory(file)) {
            throw new BadInputException("cannot read " + file + ": it is a folder, not a JSON file");
        }
        try {
            return READER.readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new BadInputException("file not found: " + file);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new BadInputException("malformed JSON in " + file + (at == null ? "" : " at line " + at.getLineNr()
                    + ", column " + at.getColumnNr()) + ": " + e.getOriginalMessage());
        } catch (CharacterCodingException e) {
            throw new BadInputException("cannot read " + file + ": it is not UTF-8 text");
        } catch (AccessDeniedException e) {
            throw new BadInputException("cannot read " + file + ": permission denied");
        } catch (IOException e) {
            throw new BadInputException("cannot read " + file + ": " + e.getMessage());
        }
    }
}
