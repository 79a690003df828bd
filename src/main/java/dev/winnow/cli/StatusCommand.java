package dev.winnow.cli;

import dev.winnow.learn.StatusReport;
import dev.winnow.learn.model.ModelMetadata;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** `winnow status [ID...]`: per project files, sets, decisions, embedded, predicted; current models. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Per project: files, sets, decisions by source, embedded files, sets with change features, predicted sets; "
                + "then the current models with their headline metrics.",
        footer = {"", "Examples:", "  winnow status", "  winnow status mojo3", "  winnow --json status | jq '.projects[].predicted'"})
final class StatusCommand extends WinnowSubcommand {
    @Parameters(paramLabel = "ID", arity = "0..*", description = "Projects (default: all).")
    List<String> ids = new ArrayList<>();

    @Override
    int run(CommandContext ctx) {
        StatusReport r = ctx.winnow().learnStatus().status(ids);
        List<Map<String, Object>> projects = new ArrayList<>();
        ctx.out().say(String.format("%-16s %8s %7s  %-28s %-26s %7s %9s", "project", "files", "sets", "decisions",
                "embedded", "changes", "predicted"));
        for (StatusReport.ProjectStatus p : r.projects()) {
            ctx.out().say(String.format("%-16s %8d %7d  %-28s %-26s %7d %9d", p.projectId(), p.files(), p.sets(),
                    p.decisionsBySource(), p.embeddedByEmbedder(), p.setsWithChangeFeatures(), p.predicted()));
            p.predictedByModels().forEach((models, n) -> ctx.out().say("    " + n + " predicted by " + models));
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("project", p.projectId());
            m.put("files", p.files());
            m.put("sets", p.sets());
            m.put("decisions", p.decisionsBySource());
            m.put("embedded", p.embeddedByEmbedder());
            m.put("setsWithChangeFeatures", p.setsWithChangeFeatures());
            m.put("predicted", p.predicted());
            m.put("predictedByModels", p.predictedByModels());
            projects.add(m);
        }
        if (r.currentModels().isEmpty()) ctx.out().say("models: none yet (winnow train)");
        for (ModelMetadata m : r.currentModels()) {
            ctx.out().say(String.format("model %-8s %-4s %s", m.kind(), m.version(), m.headlineText()));
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("projects", projects);
        json.put("models", r.currentModels().stream().map(ModelsCommand::describe).toList());
        ctx.out().result(json);
        return OK;
    }
}
