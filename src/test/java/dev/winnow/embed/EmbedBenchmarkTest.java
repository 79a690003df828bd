package dev.winnow.embed;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EmbedBenchmarkTest {
    @Test
    void eachPathIsReportedByItsMedianRoundTogetherWithThatRoundsCpuTime() {
        List<EmbedBenchmark.Measure> rounds = List.of(new EmbedBenchmark.Measure(9.0, 70), new EmbedBenchmark.Measure(4.0, 95),
                new EmbedBenchmark.Measure(7.0, 80));
        assertThat(EmbedBenchmark.median(rounds)).isEqualTo(new EmbedBenchmark.Measure(7.0, 80));
    }

    @Test
    void thePipelineIsHeldToTheFasterOfTheTwoDecodeOnlyPaths() {
        EmbedBenchmark.Measure full = new EmbedBenchmark.Measure(10, 60), working = new EmbedBenchmark.Measure(12, 55);
        EmbedBenchmark.Result r = new EmbedBenchmark.Result(3, 1, 2, 1, 0, full, full, working,
                new EmbedBenchmark.Measure(9, 66), new EmbedBenchmark.Measure(6, 110), 3, 1, 1);
        assertThat(r.decodeBest()).isEqualTo(working);
        assertThat(r.pixelsShare()).isEqualTo(0.75);
        assertThat(r.pixelsCpuShare()).isCloseTo(55 / 66.0, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(r.onnxShare()).isEqualTo(0.5);
    }
}
