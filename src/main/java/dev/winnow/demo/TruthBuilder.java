package dev.winnow.demo;

import dev.winnow.demo.DemoTruth.TruthArtifact;
import dev.winnow.demo.DemoTruth.TruthFile;
import dev.winnow.demo.DemoTruth.TruthFinal;
import dev.winnow.demo.DemoTruth.TruthSet;
import dev.winnow.demo.SetPlan.FinalPlan;
import dev.winnow.demo.SetPlan.Member;
import java.util.ArrayList;
import java.util.List;

/** Turns a project plan into its ground-truth record. */
final class TruthBuilder {
    private TruthBuilder() {
    }

    static DemoTruth build(ProjectPlan plan, String finalsZip) {
        List<TruthSet> sets = plan.sets().stream().map(TruthBuilder::set).toList();
        int logged = (int) plan.sets().stream().filter(SetPlan::logged).count();
        String coverage = plan.spec().fullyLogged() ? "all"
                : "partial: the " + (plan.sets().size() - logged) + " earliest sets were curated before logging started;"
                  + " only originals vs finals can recover them";
        List<TruthFile> strays = plan.strays().stream()
                .map(s -> new TruthFile(s.fileName(), 0, s.width(), s.height(), List.of(s.stem() + ".yaml"))).toList();
        return new DemoTruth(plan.id(), DemoGenerator.GENERATOR_VERSION, plan.seed(), plan.spec().fullyLogged(), coverage,
                sets.size(), logged, finalsZip, sets, strays);
    }

    private static TruthSet set(SetPlan s) {
        List<TruthFile> members = s.members().stream().map(TruthBuilder::file).toList();
        TruthArtifact artifact = null;
        if (s.anomaly()) {
            List<String> files = new ArrayList<>();
            for (int i = s.artifactFrom(); i < s.members().size(); i++) files.add(s.members().get(i).fileName());
            artifact = new TruthArtifact(s.artifact().kind().name(), s.artifact().region().toArray(), files);
        }
        double[] crop = null;
        TruthFinal fin = null;
        if (s.kept()) {
            Member w = s.winnerMember();
            if (s.crop() != null) {
                crop = new double[] {(double) s.crop().x1() / w.width(), (double) s.crop().y1() / w.height(),
                    (double) s.crop().x2() / w.width(), (double) s.crop().y2() / w.height()};
            }
            FinalPlan f = s.finalPlan();
            int cropWidth = s.crop() == null ? w.width() : s.crop().width();
            List<String> companions = w.companionExts().stream().map(ext -> f.stem() + ext).toList();
            fin = new TruthFinal(f.fileName(), f.format().imageIoName, f.width(), f.height(),
                    Math.round((double) f.width() / cropWidth * 1e4) / 1e4, f.renamed(), companions);
        }
        return new TruthSet(s.setId(), s.sceneSeed(), s.faceSwapped(), members, s.kept() ? s.winnerMember().fileName() : null,
                s.logged(), s.anomaly(), artifact, crop, fin);
    }

    private static TruthFile file(Member m) {
        return new TruthFile(m.fileName(), m.stage().value(), m.width(), m.height(),
                m.companionExts().stream().map(ext -> m.stem() + ext).toList());
    }
}
