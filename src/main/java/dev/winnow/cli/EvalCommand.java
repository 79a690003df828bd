package dev.winnow.cli;

import dev.winnow.common.RunSummary;
import dev.winnow.learn.EvalOutput;
import dev.winnow.learn.Evaluator;
import dev.winnow.learn.eval.Holdout;
import dev.winnow.learn.report.EvalTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** `winnow eval`: held-out evaluation of all three models beside baselines, with a JSON and an HTML report. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Evaluate ranker, anomaly detector and crop proposer on held-out projects (or sets) beside their "
                + "baselines; writes report.json and a self-contained report.html under <home>/reports/.",
        footer = {"", "Examples:", "  winnow eval                         # leave-one-project-out over all projects",
                "  winnow eval mojo3 --holdout kfold   # 5 folds by set inside mojo3",
                "  winnow eval --real-logs ../shared/real-logs   # metadata-only crop check on the old logs",
                "Held-out data contributes nothing to training, calibration, thresholds or the anomaly prior."})
final class EvalCommand extends WinnowSubcommand {
    @Mixin
    LearnData data;

    @Option(names = "--holdout", defaultValue = "project", paramLabel = "HOW", description = "project (leave-one-project-out) or kfold (by set within each project). Default ${DEFAULT-VALUE}.")
    String holdout;

    @Option(names = "--real-logs", paramLabel = "DIR", description = "Instead: check crop baselines and a dims/stage regressor on the old select_crop_log.csv in DIR.")
    Path realLogs;

    @Mixin
    LearnOptions learn;

    @Override
    int run(CommandContext ctx) {
        if (realLogs != null) {
            Evaluator.RealLogOutput r = ctx.winnow().evaluator(learn.settings()).realLogs(realLogs, ctx.progress());
            EvalTable.lines(r.result()).forEach(ctx.out()::say);
            ctx.out().say("report: " + r.json());
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("report", r.json().toString());
            json.put("result", r.result());
            ctx.out().result(json);
            return r.result().problemsByReason().isEmpty() ? OK : PROBLEMS;
        }
        EvalOutput r = ctx.winnow().evaluate(learn.settings(), data.ids, Holdout.parse(holdout), data.embedder, ctx.progress());
        EvalTable.lines(r.result()).forEach(ctx.out()::say);
        ctx.out().say("report: " + r.html());
        int evaluated = r.result().folds().stream().mapToInt(f -> f.testSets()).sum();
        int leftOut = r.result().projects().stream().mapToInt(p -> p.excludedTotal()).sum();
        ctx.out().say(new RunSummary(evaluated, leftOut, 0, r.result().seconds()).line());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("reportJson", r.json().toString());
        json.put("reportHtml", r.html().toString());
        json.put("result", r.result());
        ctx.out().result(json);
        return r.result().notes().isEmpty() ? OK : PROBLEMS;
    }
}
