package dev.winnow.cli;

import dev.winnow.catalog.Catalog;
import dev.winnow.common.Problem;
import dev.winnow.domain.ImageFile;
import dev.winnow.domain.StageSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** `winnow sets ID`: the stage sets (or the singles) of a project. */
@Command(name = "sets", mixinStandardHelpOptions = true, description = {"List a project's stage sets, or its singles.",
        "A member whose image failed to decode at embed time is marked with the reason (it is never proposed as a pick)."},
        footer = {"", "Examples:", "  winnow sets mojo3 --limit 10", "  winnow sets mojo3 --singles",
                "  winnow --json sets mojo3 | jq '.sets | length'"})
final class SetsCommand extends WinnowSubcommand {
    @Parameters(paramLabel = "ID", description = "Project id.")
    String id;
    @Option(names = "--singles", description = "List images that belong to no set instead.")
    boolean singles;
    @Option(names = "--limit", defaultValue = "0", paramLabel = "N", description = "At most N rows (0 = all).")
    int limit;

    @Override
    int run(CommandContext ctx) {
        Catalog catalog = ctx.winnow().catalog();
        Map<Long, Problem> undecodable = catalog.undecodable(id);
        if (singles) {
            List<ImageFile> rows = catalog.singles(id, limit);
            rows.forEach(f -> ctx.out().say(f.relPath() + "  (stage " + f.stage() + ")" + mark(undecodable.get(f.id()))));
            ctx.out().say(rows.size() + " singles");
            ctx.out().result(Map.of("project", id, "singles", rows.stream().map(f -> file(f, undecodable)).toList()));
            return OK;
        }
        List<StageSet> sets = catalog.sets(id, limit);
        List<Map<String, Object>> out = new ArrayList<>();
        for (StageSet s : sets) {
            StringBuilder line = new StringBuilder("#" + s.id() + " ");
            for (ImageFile f : s.members()) line.append(' ').append(f.name()).append(mark(undecodable.get(f.id())));
            ctx.out().say(line.toString());
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", s.id());
            m.put("key", s.key());
            m.put("topStage", s.topStage());
            m.put("members", s.members().stream().map(f -> file(f, undecodable)).toList());
            out.add(m);
        }
        ctx.out().say(sets.size() + " sets");
        ctx.out().result(Map.of("project", id, "sets", out));
        return OK;
    }

    private static String mark(Problem failure) {
        return failure == null ? "" : " [cannot be decoded: " + failure.reason() + "]";
    }

    static Map<String, Object> file(ImageFile f, Map<Long, Problem> undecodable) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", f.id());
        m.put("path", f.relPath());
        m.put("stage", f.stage());
        m.put("width", f.width());
        m.put("height", f.height());
        m.put("state", f.state());
        Problem failure = undecodable.get(f.id());
        m.put("decodeFailure", failure == null ? null : Map.of("reason", failure.reason(), "detail", failure.detail()));
        return m;
    }
}
