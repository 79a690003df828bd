package dev.winnow.learn.eval;

import dev.winnow.common.CropBox;
import dev.winnow.common.Problems;
import dev.winnow.common.ProgressReporter;
import dev.winnow.learn.data.LearnSettings;
import dev.winnow.testing.RealLogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RealLogsTest {
    @TempDir
    Path tmp;

    @Test
    void realCropLogReproducesTheKnownConstantBoxNumbersAndIsSplitByProject() {
        RealLogResult r = new RealLogEvaluation(new LearnSettings(1, 1)).run(RealLogs.dir(), ProgressReporter.silent());
        assertThat(r.rows()).isEqualTo(7194);
        assertThat(r.problemsByReason()).isEmpty();
        assertThat(r.rowsPerProject()).containsOnlyKeys("mojo1", "mojo2");
        // The README's in-sample numbers: median box 0.688, full image 0.559, 15.9% within 0.05.
        assertThat(r.inSample().meanIou().baselines().get(CropMetrics.GLOBAL)).isCloseTo(0.688, within(0.002));
        assertThat(r.inSample().meanIou().baselines().get(CropMetrics.FULL)).isCloseTo(0.559, within(0.002));
        assertThat(r.inSample().shareWithin05().baselines().get(CropMetrics.GLOBAL)).isCloseTo(0.159, within(0.002));
        assertThat(r.leaveOneProjectOut().meanIou().n()).isEqualTo(7194);
        assertThat(r.leaveOneProjectOut().meanIouPerProject()).containsOnlyKeys("mojo1", "mojo2");
    }

    @Test
    void pixelAndNormalizedRowsAreBothReadAndOddRowsAreCountedNotFatal() throws Exception {
        Path csv = Files.writeString(tmp.resolve("select_crop_log.csv"), String.join("\n",
                "session_id,set_id,directory,image_count,chosen_index,chosen_path,crop_x1,crop_y1,crop_x2,crop_y2,timestamp,image_0_path,image_0_stage,width_0,height_0,image_1_path,image_1_stage,width_1,height_1",
                "s,a,d,1,0,x.png,0.0,66.0,1787.0,1853.0,2025-10-08T18:47:32Z,x.png,stage3_enhanced,3072,3072,,,,",
                "s,b,d,2,1,y.png,0.0,0.0673828125,0.54736328125,0.61474609375,2025-10-05T01:24:18Z,w.png,stage1_generated,1024,1024,y.png,stage2_upscaled,2048,2048",
                "s,c,d,1,0,z.png,10,10,5,20,2025-10-08T18:47:32Z,z.png,stage3_enhanced,3072,3072,,,,",
                "s,d,d,1,0,z.png,10,10,abc,20,2025-10-08T18:47:32Z,z.png,stage3_enhanced,3072,3072,,,,",
                "s,e,d,1,0,z.png,0,0,4000,20,2025-10-08T18:47:32Z,z.png,stage3_enhanced,3072,3072,,,,") + "\n");
        Problems problems = new Problems();
        List<RealCrop> rows = SelectCropLog.read(csv, ProjectWindows.read(tmp.resolve("none")), problems);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).box().x2()).isCloseTo(1787.0 / 3072, within(1e-12));
        assertThat(rows.get(1).box()).isEqualTo(new CropBox(0.0, 0.0673828125, 0.54736328125, 0.61474609375));
        assertThat(rows.get(1).stage()).isEqualTo(2.0);
        assertThat(rows.get(1).highest()).isTrue();
        assertThat(rows.get(1).projectId()).isEqualTo(SelectCropLog.UNASSIGNED);
        assertThat(problems.countsByReason()).containsEntry("bad crop row", 3);
        assertThat(problems.list()).extracting(p -> p.path()).containsExactly("select_crop_log.csv:4",
                "select_crop_log.csv:5", "select_crop_log.csv:6");
    }
}
