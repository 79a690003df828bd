package dev.winnow.cli;

import dev.winnow.catalog.Catalog;
import dev.winnow.domain.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** `winnow project add|import`. */
@Command(name = "project", description = "Register a project folder.",
        subcommands = {ProjectCommand.Add.class, ProjectCommand.Import.class},
        footer = {"", "Examples:", "  winnow project add mojo3 ~/Pictures/mojo3 --title \"Mojo 3\"",
                "  winnow project import ~/projects/mojo1.project.json"})
final class ProjectCommand {

    @Command(name = "add", description = "Register (or re-point) a project: an id and the folder holding its images.",
            mixinStandardHelpOptions = true,
            footer = {"", "Example:", "  winnow project add mojo3 ~/Pictures/mojo3 --title \"Mojo 3\"",
                    "Nothing in the folder is changed; `winnow scan mojo3` reads it."})
    static final class Add extends WinnowSubcommand {
        @Parameters(index = "0", paramLabel = "ID", description = "Short id: letters, digits, '.', '_', '-'.")
        String id;
        @Parameters(index = "1", paramLabel = "DIR", description = "The project's image folder.")
        Path dir;
        @Option(names = "--title", description = "Human title (default: the id).")
        String title;

        @Override
        int run(CommandContext ctx) {
            Catalog catalog = ctx.winnow().catalog();
            Project p = catalog.addProject(id, dir, title);
            String where = catalog.whereIs(p.id());
            ctx.out().say("project " + p.id() + " -> " + where);
            boolean images = catalog.holdsImages(p.id());
            if (!images) ctx.out().say("  no images found under " + where + " (yet); `winnow scan " + p.id() + "` will read what is there");
            Map<String, Object> json = describe(p);
            json.put("resolved", where);
            json.put("holdsImages", images);
            ctx.out().result(json);
            return OK;
        }
    }

    @Command(name = "import", description = "Register a project from the old tool's *.project.json manifest.",
            mixinStandardHelpOptions = true,
            footer = {"", "Example:", "  winnow project import ~/projects/mojo1.project.json --root ~/Pictures/mojo1",
                    "paths.root is resolved against the manifest's folder unless --root is given."})
    static final class Import extends WinnowSubcommand {
        @Parameters(paramLabel = "FILE", description = "A *.project.json manifest.")
        Path manifest;
        @Option(names = "--root", paramLabel = "DIR", description = "The image folder, if it moved since the manifest.")
        Path root;

        @Override
        int run(CommandContext ctx) throws Exception {
            Project p = ctx.winnow().catalog().importManifest(manifest, root);
            ctx.out().say("project " + p.id() + " (" + p.title() + ", " + p.status() + ") -> " + p.root());
            ctx.out().result(describe(p));
            return OK;
        }
    }

    static Map<String, Object> describe(Project p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("title", p.title());
        m.put("root", p.root());
        m.put("status", p.status());
        m.put("createdAt", p.createdAt());
        m.put("finishedAt", p.finishedAt());
        return m;
    }
}
