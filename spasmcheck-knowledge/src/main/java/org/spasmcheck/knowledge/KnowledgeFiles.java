package org.spasmcheck.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The YAML files of a knowledge base, by path relative to its directory, read from disk or from the jar. */
public record KnowledgeFiles(String origin, SortedMap<String, String> contents) {
    static final String CLASSPATH_ROOT = "knowledge-base";

    public KnowledgeFiles {
        contents = new TreeMap<>(contents);
    }

    /**
     * The {@code *.yaml} files under {@code dir}.
     *
     * @throws KnowledgeBaseException when the directory is missing or a file is not UTF-8 (each such file named)
     */
    public static KnowledgeFiles fromDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new KnowledgeBaseException(List.of(new ValidationIssue(ValidationIssue.Level.ERROR,
                    dir.toString(), "", "knowledge-base directory not found", "give the path of a knowledge-base directory")));
        }
        SortedMap<String, String> files = new TreeMap<>();
        List<ValidationIssue> unreadable = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".yaml")).toList()) {
                String rel = dir.relativize(p).toString().replace('\\', '/');
                try {
                    files.put(rel, Files.readString(p, StandardCharsets.UTF_8));
                } catch (CharacterCodingException e) {
                    unreadable.add(new ValidationIssue(ValidationIssue.Level.ERROR, rel, "",
                            "not UTF-8 text (a byte sequence is not UTF-8)", "save the file as UTF-8"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!unreadable.isEmpty()) {
            throw new KnowledgeBaseException(unreadable);
        }
        return new KnowledgeFiles(dir.toString(), files);
    }

    /** The knowledge base packed into the spasmcheck-knowledge jar. */
    public static KnowledgeFiles fromClasspath() {
        URL url = KnowledgeFiles.class.getClassLoader().getResource(CLASSPATH_ROOT + "/knowledge-base.yaml");
        if (url == null) {
            throw new IllegalStateException("the shipped knowledge base is missing from the classpath");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs = jarFileSystem(uri);
                return new KnowledgeFiles("classpath:" + CLASSPATH_ROOT,
                        fromDirectory(fs.getPath("/" + CLASSPATH_ROOT)).contents());
            }
            return new KnowledgeFiles("classpath:" + CLASSPATH_ROOT,
                    fromDirectory(Path.of(uri).getParent()).contents());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static FileSystem jarFileSystem(URI uri) {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return FileSystems.getFileSystem(uri);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SHA-256 over every file's relative path and content, in path order: the knowledge base's identity. */
    public String contentHash() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, String> e : contents.entrySet()) {
                sha.update(e.getKey().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(e.getValue().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JDK", e);
        }
    }
}
