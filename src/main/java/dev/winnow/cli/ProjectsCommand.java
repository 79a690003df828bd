package dev.winnow.cli;

import dev.winnow.catalog.Catalog;
import dev.winnow.domain.Project;
import picocli.CommandLine.Command;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** `winnow projects`: every project with its counts. */
@Command(name = "projects", mixinStandardHelpOptions = true, description = "List projects with file, set and decision counts.",
        footer = {"", "Example:", "  winnow projects", "  winnow --json projects | jq '.projects[].counts.sets'"})
final class ProjectsCommand extends WinnowSubcommand {
    @Override
    int run(CommandContext ctx) {
        Catalog catalog = ctx.winnow().catalog();
        List<Map<String, Object>> rows = new ArrayList<>();
        ctx.out().say(String.format("%-16s %8s %8s %8s %8s %9s  %s", "project", "files", "sets", "singles", "missing", "decisions", "root"));
        for (Project p : catalog.projects()) {
            Map<String, Long> c = catalog.counts(p.id());
            ctx.out().say(String.format("%-16s %8d %8d %8d %8d %9d  %s", p.id(), c.get("files"), c.get("sets"),
                    c.get("singles"), c.get("missing"), c.get("decisions"), p.root()));
            Map<String, Object> m = ProjectCommand.describe(p);
            m.put("counts", c);
            rows.add(m);
        }
        if (rows.isEmpty()) ctx.out().say("(no projects yet: winnow project add ID DIR)");
        ctx.out().result(Map.of("projects", rows));
        return OK;
    }
}
