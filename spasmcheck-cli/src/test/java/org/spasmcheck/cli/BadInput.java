package org.spasmcheck.cli;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * One row of the bad-input catalogue: a malformed input to the API, the command line or the knowledge-base loader,
 * with the exact error it must get. Placeholders in paths and arguments: {a} the stored assessment's id, {key} the
 * stored diary's key, {tmp} the test's folder, {data} the database folder.
 */
sealed interface BadInput {
    String category();

    String name();

    /** Whose credentials go into Authorization. */
    enum Auth { ASSESSMENT, DIARY, WRONG, NONE }

    /**
     * An HTTP request and its problem: status, type, the field named first in {@code errors} (null: none named) and
     * a phrase of the detail.
     */
    record Api(String category, String name, String method, String path, Auth auth, String contentType, byte[] body,
               int status, String type, String field, String detail) implements BadInput {
        @Override
        public String toString() {
            return category + ": " + name;
        }
    }

    /**
     * A command line and its refusal: exit code and a phrase of what it prints (standard error, or standard output
     * for {@code kb check}). {@code files} are written under {tmp} first.
     */
    record Command(String category, String name, List<String> args, Map<String, byte[]> files, int exitCode,
               String message) implements BadInput {
        @Override
        public String toString() {
            return category + ": " + name;
        }
    }

    /**
     * A copy of the shipped knowledge base with one file changed ({@code edit} gets its text and returns the new
     * bytes, null to delete it), checked with {@code spasmcheck kb check}: exit 1 and this issue line.
     */
    record KnowledgeBase(String category, String name, String file, UnaryOperator<byte[]> edit, String issue)
            implements BadInput {
        @Override
        public String toString() {
            return category + ": " + name;
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
