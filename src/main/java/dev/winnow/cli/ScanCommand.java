package dev.winnow.cli;

import dev.winnow.app.Winnow;
import dev.winnow.catalog.Catalog;
import dev.winnow.catalog.ScanReport;
import dev.winnow.common.Problems;
import dev.winnow.domain.Project;
import dev.winnow.history.BindReport;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** `winnow scan ID|--all`: catalogue files, companions and stage sets. */
@Command(name = "scan", mixinStandardHelpOptions = true,
        description = {"Catalogue a project's images (header only), companions and stage sets. Incremental; read-only on your folder.",
                "An image is refused with its reason when its header is damaged (a PNG header checksum is checked) or it",
                "declares more than 200 megapixels; links whose target is gone, link loops, FIFOs, sockets and folders",
                "named like images are counted with their reasons. Images that fail to decode later are marked by embed."},
        footer = {"", "Examples:", "  winnow scan mojo3", "  winnow scan --all", "  winnow --json scan mojo3 > scan.json",
                "Exit code 1 means the scan finished but some files have problems (listed with reasons)."})
final class ScanCommand extends WinnowSubcommand {
    @ArgGroup(multiplicity = "1")
    Target target;

    static final class Target {
        @Parameters(paramLabel = "ID", description = "Project id.")
        String id;
        @Option(names = "--all", description = "Scan every project.")
        boolean all;
    }

    @Option(names = "--show-problems", defaultValue = "20", paramLabel = "N", description = "Problems listed in full (default ${DEFAULT-VALUE}).")
    int showProblems;

    @Override
    int run(CommandContext ctx) {
        Catalog catalog = ctx.winnow().catalog();
        List<String> ids = new ArrayList<>();
        if (target.all) for (Project p : catalog.projects()) ids.add(p.id());
        else ids.add(target.id);
        List<Map<String, Object>> reports = new ArrayList<>();
        long failures = 0;
        for (String id : ids) {
            ScanReport r;
            try (Winnow.Held held = ctx.winnow().serialised("scan-" + id, "winnow scan " + id, ctx.out()::note)) {
                r = catalog.scan(id, ctx.progress());
            }
            // Decisions imported before their pixels arrived wait for exactly this moment.
            BindReport bound = ctx.winnow().history().bindPending(id);
            failures += r.summary().failed();
            render(ctx, r);
            String where = catalog.whereIs(id);
            if (r.images() == 0) ctx.out().say("  no images under " + where);
            else if (where.contains(" (a link to ")) ctx.out().say("  root: " + where);
            if (bound.bound() > 0 || bound.stillPending() > 0) {
                ctx.out().say(String.format("  decisions: %d bound to files now, %d still pending", bound.bound(), bound.stillPending()));
            }
            Map<String, Object> json = toJson(r);
            json.put("root", where);
            json.put("decisionsBound", bound.bound());
            json.put("decisionsPending", bound.stillPending());
            reports.add(json);
        }
        ctx.out().result(Map.of("scans", reports));
        return failures > 0 ? PROBLEMS : OK;
    }

    private void render(CommandContext ctx, ScanReport r) {
        Output o = ctx.out();
        o.say(String.format("%s: %d images (%d new, %d changed, %d unchanged, %d missing), %d companions (%d orphan files)",
                r.projectId(), r.images(), r.added(), r.changed(), r.unchanged(), r.missing(), r.companions(),
                r.orphanCompanions()));
        o.say(String.format("  %d stage sets (+%d, ~%d, -%d), %d singles", r.sets(), r.setsAdded(), r.setsChanged(),
                r.setsRemoved(), r.singles()));
        if (!r.skipped().isEmpty()) o.say("  not catalogued (not image files): " + r.skipped());
        if (!r.problems().isEmpty()) {
            o.say("  " + r.problems().size() + " problems: " + Problems.countsByReason(r.problems()));
            r.problems().stream().limit(showProblems).forEach(p -> o.say("    " + p));
            if (r.problems().size() > showProblems) o.say("    ... (all of them: winnow --json scan " + r.projectId() + ")");
        }
        o.say("  " + r.summary().line());
    }

    private static Map<String, Object> toJson(ScanReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("project", r.projectId());
        m.put("images", r.images());
        m.put("added", r.added());
        m.put("changed", r.changed());
        m.put("unchanged", r.unchanged());
        m.put("missing", r.missing());
        m.put("companions", r.companions());
        m.put("orphanCompanions", r.orphanCompanions());
        m.put("sets", r.sets());
        m.put("singles", r.singles());
        m.put("setsAdded", r.setsAdded());
        m.put("setsChanged", r.setsChanged());
        m.put("setsRemoved", r.setsRemoved());
        m.put("skipped", r.skipped());
        m.put("problemsByReason", Problems.countsByReason(r.problems()));
        m.put("problems", r.problems());
        m.put("summary", r.summary());
        return m;
    }
}
