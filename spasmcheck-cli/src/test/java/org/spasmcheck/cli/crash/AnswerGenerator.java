package org.spasmcheck.cli.crash;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.spasmcheck.engine.model.Finding;
import org.spasmcheck.engine.model.KnowledgeBase;

/** Valid answers to the knowledge base's findings, drawn from a seeded random source. */
final class AnswerGenerator {
    /** One answer in ten is "don't know" (JSON null), where the finding has no don't-know option of its own. */
    private static final int DONT_KNOW_ONE_IN = 10;
    /** A multiple-choice answer lists one to this many options. */
    private static final int MAX_OPTIONS = 3;
    /** Numbers are drawn in tenths, so that decimals such as a temperature of 38.4 occur too. */
    private static final double TENTHS = 10.0;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final List<Finding> findings;

    AnswerGenerator(KnowledgeBase kb) {
        // In id order, so that a seed draws the same answers whatever order the knowledge base lists them in.
        this.findings = kb.findings().values().stream().sorted(Comparator.comparing(Finding::id)).toList();
    }

    /** Answers to {@code count} different findings, in the order drawn. */
    ObjectNode answers(Random random, int count) {
        List<Finding> remaining = new ArrayList<>(findings);
        ObjectNode answers = NODES.objectNode();
        for (int i = 0; i < count && !remaining.isEmpty(); i++) {
            Finding finding = remaining.remove(random.nextInt(remaining.size()));
            answers.set(finding.id(), value(finding, random));
        }
        return answers;
    }

    private static JsonNode value(Finding finding, Random random) {
        if (finding.dontKnowOption() == null && random.nextInt(DONT_KNOW_ONE_IN) == 0) {
            return NODES.nullNode();
        }
        return switch (finding.type()) {
            case BOOLEAN -> NODES.booleanNode(random.nextBoolean());
            case CHOICE -> NODES.textNode(finding.options().get(random.nextInt(finding.options().size())));
            case MULTI_CHOICE -> options(finding, random);
            case NUMBER -> number(finding, random);
        };
    }

    private static ArrayNode options(Finding finding, Random random) {
        List<String> remaining = new ArrayList<>(finding.options());
        int count = 1 + random.nextInt(Math.min(MAX_OPTIONS, remaining.size()));
        ArrayNode chosen = NODES.arrayNode();
        for (int i = 0; i < count; i++) {
            chosen.add(remaining.remove(random.nextInt(remaining.size())));
        }
        return chosen;
    }

    /** A number in the finding's allowed range (every number finding of the knowledge base has one). */
    private static JsonNode number(Finding finding, Random random) {
        long lowest = (long) Math.ceil(finding.min() * TENTHS);
        long highest = (long) Math.floor(finding.max() * TENTHS);
        return NODES.numberNode((lowest + random.nextLong(highest - lowest + 1)) / TENTHS);
    }
}
