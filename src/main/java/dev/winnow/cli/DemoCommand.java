package dev.winnow.cli;

import dev.winnow.demo.DemoConfig;
import dev.winnow.demo.DemoRun;
import dev.winnow.learn.data.LearnSettings;
import dev.winnow.review.Reviewer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * `winnow demo`: the demo run ({@link DemoRun}: generate once, then every capability in the order a user would),
 * then the reviewer on its first project.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run the whole job on built-in demo data: 3 generated projects (~100 stage sets each) with logs, "
                + "finals and hidden ground truth, under <home>/demo. Offline; the data is generated once and reused."},
        footer = {"", "Examples:", "  winnow demo                      # everything, then the reviewer (Ctrl-C to stop)",
                "  winnow demo --no-review          # stop after predictions (CI, scripts)",
                "  winnow --home /tmp/w demo --full-size --no-review"})
final class DemoCommand extends WinnowSubcommand {
    @Option(names = "--full-size", description = "Stage sizes 1024/2048/3072 px instead of 512/1024/1536 (slower: ~3 min, ~6.6 GB of uncompressed PNGs).")
    boolean fullSize;
    @Option(names = "--small", hidden = true, description = "Tiny images (160 px stage 1), a quarter of the sets: a quick smoke run for tests.")
    boolean small;
    @Option(names = "--no-review", description = "Do not open the reviewer at the end.")
    boolean noReview;
    @Option(names = "--seed", defaultValue = "20251004", description = "Seed of the generated data (default ${DEFAULT-VALUE}).")
    long seed;
    @Option(names = "--port", defaultValue = "0", description = "Reviewer port on 127.0.0.1 (default: any free one).")
    int port;
    @Option(names = "--without-planted-defects", description = "Ablation: the anomaly detector learns from real breaks "
            + "alone, no defects planted into normal steps (what they are worth, per artifact kind).")
    boolean withoutPlanted;

    @Override
    int run(CommandContext ctx) throws Exception {
        Output o = ctx.out();
        DemoConfig config = small ? DemoConfig.smoke(seed) : DemoConfig.standard(seed, fullSize);
        DemoRun.Result run = ctx.winnow().demo(ctx.progress(), o::say).run(config,
                withoutPlanted ? LearnSettings.defaults().withoutPlantedDefects() : LearnSettings.defaults());
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("demoDir", run.demoDir().toString());
        result.put("steps", run.steps());
        result.put("history", run.history());
        result.put("seconds", run.seconds());
        result.put("evalReport", run.evalReport().toString());
        if (noReview) {
            o.result(result);
            return OK;
        }
        String first = run.projectIds().get(0);
        ctx.winnow().reviewer().serveUntilStopped(first, Reviewer.Options.defaults().withPort(port), server -> {
            o.say("");
            o.say("Reviewer for demo project " + first + " (other projects: winnow review " + run.projectIds().get(1) + " ...):");
            o.say("  " + server.url());
            o.say("Ctrl-C stops it.");
            result.put("reviewUrl", server.url().toString());
            o.result(result);
        });
        return OK;
    }
}
