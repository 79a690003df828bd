package dev.winnow;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The package layering, read from the sources: a package may use only packages on a lower layer, never one on its
 * own layer or above, so there are no cycles and nothing reaches upwards. Each package's package-info.java says
 * the same in words; this test keeps the words true.
 */
class LayeringTest {
    private static final Path SOURCES = Path.of("src/main/java");
    private static final String ROOT = "dev.winnow.";

    /**
     * Layer of each top-level package: the domain records and the store under everything, then data flows catalog →
     * imaging/embed → learn → review; the demo runs all of it; app wires it; the CLI sits on top.
     */
    private static final Map<String, Integer> TOP = Map.ofEntries(
            Map.entry("common", 0),
            Map.entry("domain", 1), Map.entry("imaging", 1),
            Map.entry("store", 2),
            Map.entry("catalog", 3),
            Map.entry("embed", 4), Map.entry("history", 4),
            Map.entry("learn", 5),
            Map.entry("review", 6), Map.entry("demo", 6),
            Map.entry("app", 7),
            Map.entry("cli", 8));

    /** References a layer above would allow but the design does not: the CLI only wires, it never touches the store. */
    private static final Map<String, String> FORBIDDEN = Map.of("cli", "store");

    /** Layer of each package inside learn: the data's way, data → features → fit → model → the models → eval → report. */
    private static final Map<String, Integer> LEARN = Map.ofEntries(
            Map.entry("data", 0),
            Map.entry("features", 1),
            Map.entry("fit", 2),
            Map.entry("model", 3),
            Map.entry("rank", 4), Map.entry("anomaly", 4), Map.entry("crop", 4), Map.entry("keep", 4),
            Map.entry("predict", 5),
            Map.entry("eval", 6),
            Map.entry("report", 7),
            Map.entry("", 8));

    /** A reference to another Winnow package: an import or a fully qualified name in the code. */
    private static final Pattern REFERENCE = Pattern.compile("\\bdev\\.winnow\\.((?:[a-z]\\w*\\.)*)[A-Z]");

    @Test
    void everyPackageUsesOnlyPackagesOnALowerLayer() {
        assertThat(wrongWay(SOURCES)).as("references to a package on the same layer or above").isEmpty();
    }

    @Test
    void aModelReachingIntoTheEvaluatorALibraryReachingIntoTheCliOrTheCliIntoTheStoreIsCaught(@TempDir Path dir) throws IOException {
        write(dir, "dev/winnow/learn/rank/Trainer.java", "package dev.winnow.learn.rank;\n"
                + "import dev.winnow.learn.data.SetExample;\nimport dev.winnow.learn.eval.Evaluation;\nclass Trainer {}\n");
        write(dir, "dev/winnow/learn/anomaly/Model.java", "package dev.winnow.learn.anomaly;\n"
                + "class Model { Object o = new dev.winnow.learn.crop.CropModel(); }\n");
        write(dir, "dev/winnow/store/Rows.java", "package dev.winnow.store;\n"
                + "// a comment may name dev.winnow.cli.Main\nimport dev.winnow.common.Problems;\nclass Rows {}\n");
        write(dir, "dev/winnow/imaging/Decoder.java", "package dev.winnow.imaging;\nimport dev.winnow.cli.Main;\nclass Decoder {}\n");
        write(dir, "dev/winnow/cli/ScanCommand.java", "package dev.winnow.cli;\nimport dev.winnow.app.Winnow;\n"
                + "import dev.winnow.store.ProjectRow;\nclass ScanCommand {}\n");
        assertThat(wrongWay(dir)).containsExactly(
                "dev/winnow/cli/ScanCommand.java: cli uses store",
                "dev/winnow/imaging/Decoder.java: imaging uses cli",
                "dev/winnow/learn/anomaly/Model.java: learn.anomaly uses learn.crop",
                "dev/winnow/learn/rank/Trainer.java: learn.rank uses learn.eval");
    }

    /** "file: a uses b" for every reference from a package to one on its own layer or above. */
    private static List<String> wrongWay(Path sources) {
        List<String> wrong = new ArrayList<>();
        for (Path file : sources(sources)) {
            String from = packageOf(sources, file);
            for (String to : references(file)) {
                if (to.equals(from)) continue;
                String a = top(from), b = top(to);
                if (b.equals(FORBIDDEN.get(a))) {
                    wrong.add(name(sources, file) + ": " + from + " uses " + to);
                } else if (!a.equals(b)) {
                    if (layer(TOP, a, file) <= layer(TOP, b, file)) wrong.add(name(sources, file) + ": " + from + " uses " + to);
                } else if (a.equals("learn") && layer(LEARN, learnPart(from), file) <= layer(LEARN, learnPart(to), file)) {
                    wrong.add(name(sources, file) + ": " + from + " uses " + to);
                }
            }
        }
        return wrong;
    }

    @Test
    void everyPackageSaysWhatItHoldsAndWhatItMayUse() {
        TreeSet<String> packages = new TreeSet<>();
        for (Path file : sources(SOURCES)) packages.add(packageOf(SOURCES, file));
        List<String> missing = packages.stream()
                .filter(p -> !Files.isRegularFile(SOURCES.resolve((ROOT + p).replace('.', '/')).resolve("package-info.java")))
                .toList();
        assertThat(missing).as("packages without package-info.java").isEmpty();
    }

    private static List<Path> sources(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            List<Path> files = s.filter(p -> p.toString().endsWith(".java") && !p.endsWith("package-info.java"))
                    .sorted().toList();
            assertThat(files).as("sources under " + root.toAbsolutePath()).isNotEmpty();
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The package a source file sits in, without the dev.winnow. prefix (e.g. "learn.eval"). */
    private static String packageOf(Path root, Path file) {
        String rel = root.relativize(file.getParent()).toString().replace(File.separatorChar, '.');
        assertThat(rel).as(file.toString()).startsWith(ROOT);
        return rel.substring(ROOT.length());
    }

    private static String name(Path root, Path file) {
        return root.relativize(file).toString().replace(File.separatorChar, '/');
    }

    private static void write(Path root, String name, String code) throws IOException {
        Path file = root.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, code);
    }

    private static TreeSet<String> references(Path file) {
        String code;
        try {
            code = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Comments may name any package (e.g. "the CLI calls dev.winnow.learn.Trainer"); only code counts.
        code = code.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "");
        code = code.replaceAll("(?m)^package [^;]+;", "");
        TreeSet<String> out = new TreeSet<>();
        Matcher m = REFERENCE.matcher(code);
        while (m.find()) {
            String p = m.group(1);
            out.add(p.isEmpty() ? "" : p.substring(0, p.length() - 1));
        }
        return out;
    }

    private static String top(String pkg) {
        int dot = pkg.indexOf('.');
        return dot < 0 ? pkg : pkg.substring(0, dot);
    }

    private static String learnPart(String pkg) {
        return pkg.equals("learn") ? "" : pkg.substring("learn.".length());
    }

    private static int layer(Map<String, Integer> layers, String pkg, Path file) {
        Integer l = layers.get(pkg);
        assertThat(l).as("package '%s' (%s) has no layer in LayeringTest: add it", pkg, file).isNotNull();
        return l;
    }
}
