package dev.winnow.learn.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.winnow.common.ProgressReporter;
import dev.winnow.learn.EvalOutput;
import dev.winnow.learn.Evaluator;
import dev.winnow.learn.SyntheticSets;
import dev.winnow.learn.SyntheticSteps;
import dev.winnow.learn.data.Dataset;
import dev.winnow.learn.data.LearnSettings;
import dev.winnow.learn.data.SetExample;
import dev.winnow.learn.eval.EvalResult;
import dev.winnow.learn.eval.Evaluation;
import dev.winnow.learn.eval.Holdout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;

import static org.assertj.core.api.Assertions.assertThat;

class ReportTest {
    @TempDir
    Path home;

    private static final String PIXEL = "data:image/png;base64," + Base64.getEncoder().encodeToString(new byte[] {1, 2, 3});

    @Test
    void reportOpensWithEverySectionChartsAndThumbnailsOfMisses() throws Exception {
        Dataset d = new SyntheticSteps(11).attach(new SyntheticSets(8, 11).generate(List.of(
                new SyntheticSets.ProjectSpec("a", 90, 0.2), new SyntheticSets.ProjectSpec("b", 90, 0.3))));
        EvalResult r = new Evaluation(new LearnSettings(1, 1)).run(d, Holdout.PROJECT, ProgressReporter.silent());
        EvalOutput out = new Evaluator(home, new LearnSettings(1, 1)).write(r, id -> Optional.of(PIXEL));
        assertThat(out.html()).startsWith(home.resolve("reports"));
        Document doc = parse(out.html());
        assertThat(ids(doc)).containsAll(HtmlReport.SECTIONS);
        NodeList svgs = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg");
        assertThat(svgs.getLength()).as("bars, PR curve, calibration curve, IoU histogram, examples").isGreaterThanOrEqualTo(4);
        assertThat(doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "image").getLength()).isPositive();
        assertThat(doc.getDocumentElement().getTextContent()).contains("highest stage", "base rate", "bucket median box");
        assertThat(doc.getElementsByTagName("script").getLength()).isZero();

        JsonNode json = new ObjectMapper().readTree(out.json().toFile());
        assertThat(json.path("pick").path("top1").path("baselines").has("highest_stage")).isTrue();
        assertThat(json.path("anomaly").path("prAuc").path("baselines").has("base_rate")).isTrue();
        assertThat(json.path("crop").path("meanIou").path("baselines").has("bucket_median_box")).isTrue();
        JsonNode at90 = json.path("autoAccept").path("overall").get(40);
        assertThat(at90.path("cut").asDouble()).isEqualTo(0.9);
        assertThat(at90.has("highestStage")).as("beside its baseline").isTrue();
        assertThat(json.path("autoAccept").path("byProject").has("a")).isTrue();
    }

    @Test
    void reportWithNothingToMeasureForAnomaliesOrCropsStillHasEverySection() throws Exception {
        Dataset d = new SyntheticSets(8, 12).generate(List.of(new SyntheticSets.ProjectSpec("a", 40, 0),
                new SyntheticSets.ProjectSpec("b", 40, 0)));
        List<SetExample> noCrops = new ArrayList<>();
        for (SetExample s : d.sets()) noCrops.add(new SetExample(s.projectId(), s.setId(), s.members(), s.chosen(), null));
        Dataset bare = new Dataset(d.schema(), noCrops, d.projects());
        EvalResult r = new Evaluation(new LearnSettings(1, 1)).run(bare, Holdout.PROJECT, ProgressReporter.silent());
        assertThat(r.anomaly()).isNull();
        assertThat(r.crop()).isNull();
        assertThat(r.notes()).anyMatch(n -> n.contains("anomaly")).anyMatch(n -> n.contains("crop"));
        Document doc = parse(new Evaluator(home, new LearnSettings(1, 1)).write(r, Thumbnails.NONE).html());
        assertThat(ids(doc)).containsAll(HtmlReport.SECTIONS);
        assertThat(doc.getDocumentElement().getTextContent()).contains("Not measured", "No crops evaluated");
    }

    private static Document parse(Path html) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(html.toFile());
    }

    private static List<String> ids(Document doc) {
        List<String> out = new ArrayList<>();
        NodeList all = doc.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            String id = ((Element) all.item(i)).getAttribute("id");
            if (!id.isEmpty()) out.add(id);
        }
        return out;
    }
}
