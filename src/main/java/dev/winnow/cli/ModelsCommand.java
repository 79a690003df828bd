package dev.winnow.cli;

import dev.winnow.common.Problems;
import dev.winnow.learn.model.ModelMetadata;
import dev.winnow.learn.model.ModelRegistry;
import picocli.CommandLine.Command;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** `winnow models`: every trained model version with its data, embedder and headline metrics. */
@Command(name = "models", mixinStandardHelpOptions = true,
        description = "List trained models (newest version of each kind is current) with their headline metrics beside baselines.",
        footer = {"", "Examples:", "  winnow models", "  winnow --json models | jq '.models[] | select(.current)'"})
final class ModelsCommand extends WinnowSubcommand {
    @Override
    int run(CommandContext ctx) {
        ModelRegistry registry = ctx.winnow().models();
        List<Map<String, Object>> out = new ArrayList<>();
        Problems problems = new Problems();
        for (ModelMetadata m : registry.list(problems)) {
            boolean current = registry.current(m.kind()).map(c -> c.version().equals(m.version())).orElse(false);
            ctx.out().say(String.format("%s %-8s %-4s %s  %s  embedder %s, projects %s", current ? "*" : " ", m.kind(),
                    m.version(), m.createdAt(), m.headlineText(), m.schema().embedderId(), m.provenance().projects()));
            ctx.out().say("             " + trainedOn(m));
            Map<String, Object> d = describe(m);
            d.put("current", current);
            d.put("dir", registry.dir(m.kind(), m.version()).toString());
            out.add(d);
        }
        if (out.isEmpty()) ctx.out().say("(no models yet: winnow train)");
        else ctx.out().say("* = current (newest readable) version of its kind");
        problems.list().forEach(p -> ctx.out().say("skipped " + p));
        ctx.out().result(Map.of("models", out, "problems", problems.list()));
        return problems.isEmpty() ? OK : PROBLEMS;
    }

    static Map<String, Object> describe(ModelMetadata m) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("kind", m.kind());
        d.put("version", m.version());
        d.put("createdAt", m.createdAt());
        d.put("embedder", m.schema().embedderId());
        d.put("projects", m.provenance().projects());
        d.put("headline", m.headline());
        d.put("headlineText", m.headlineText());
        d.put("trainingSets", m.provenance().trainingSets());
        d.put("dataFingerprint", m.provenance().dataFingerprint());
        d.put("environment", m.provenance().environment());
        return d;
    }

    /** What data and code made the model: sets and their fingerprint, commit, feature code, learning library. */
    static String trainedOn(ModelMetadata m) {
        Map<String, String> env = m.provenance().environment();
        String fingerprint = m.provenance().dataFingerprint();
        return String.format("trained on %d sets (data %s), code %s (%s), xgboost4j %s", m.provenance().trainingSets(),
                fingerprint == null ? "not fingerprinted" : fingerprint.substring(0, Math.min(12, fingerprint.length())),
                shortCommit(env.getOrDefault("commit", "not recorded")), env.get("featureCode"), env.get("xgboost4j"));
    }

    private static String shortCommit(String commit) {
        return commit.matches("[0-9a-f]{12,}(-dirty)?") ? commit.substring(0, 12) + (commit.endsWith("-dirty") ? "-dirty" : "")
                : commit;
    }
}
