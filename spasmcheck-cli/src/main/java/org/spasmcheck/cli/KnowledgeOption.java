package org.spasmcheck.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.spasmcheck.engine.Engine;
import org.spasmcheck.engine.model.KnowledgeBase;
import org.spasmcheck.knowledge.KnowledgeBaseException;
import org.spasmcheck.knowledge.KnowledgeFiles;
import org.spasmcheck.knowledge.YamlKnowledgeBaseLoader;
import picocli.CommandLine.Option;

/** {@code --kb DIR}: use a knowledge-base directory instead of the shipped one. */
final class KnowledgeOption {
    @Option(names = "--kb", paramLabel = "DIR", description = "knowledge-base directory (default: the shipped one)")
    Path dir;

    KnowledgeBase load() {
        if (dir == null) {
            return YamlKnowledgeBaseLoader.shipped();
        }
        if (!Files.isDirectory(dir)) {
            throw new BadInputException("knowledge-base directory not found: " + dir);
        }
        try {
            return new YamlKnowledgeBaseLoader().load(KnowledgeFiles.fromDirectory(dir)).orThrow();
        } catch (KnowledgeBaseException e) {
            throw new BadInputException("the knowledge base in " + dir + " has errors; run `spasmcheck kb check " + dir + "`");
        }
    }

    Engine engine() {
        return new Engine(load());
    }
}
