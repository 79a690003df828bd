package dev.winnow.history;

import dev.winnow.common.CropBox;
import dev.winnow.imaging.GrayImage;
import dev.winnow.imaging.ImageDecoder;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

class ExploreLocatorTest {
    static long cpu() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    @Test
    void explore() throws Exception {
        int n = Integer.getInteger("pairs", 12), side = Integer.getInteger("side", 2048);
        CropLocator loc = new CropLocator();
        WinnerPicker wp = new WinnerPicker();
        double tot = 0;
        int ok = 0;
        for (int i = Integer.getInteger("first", 0); i < n; i++) {
            SyntheticPairs.Pair p = SyntheticPairs.make(1000 + i, side, new SyntheticPairs.Options(0.15, 0.5, 0.5));
            List<byte[]> pngs = new ArrayList<>();
            for (var s : p.stages()) pngs.add(SyntheticPairs.png(s));
            byte[] fb = p.finalBytes();
            long t0 = cpu();
            List<AreaSampler> members = new ArrayList<>();
            for (byte[] b : pngs) members.add(new AreaSampler(GrayImage.of(new ImageDecoder().decode(b, "m"))));
            AreaSampler fs = new AreaSampler(GrayImage.of(new ImageDecoder().decode(fb, "f")));
            long t1 = cpu();
            CropFit f = loc.locate(members.get(1), fs);
            long t2 = cpu();
            WinnerPicker.Choice c = wp.pick(members, 1, f, fs);
            long t3 = cpu();
            CropFit wf = c.fits()[c.winner()];
            CropBox b = wf.box(members.get(c.winner()).width(), members.get(c.winner()).height());
            boolean good = c.winner() == p.winner() && b.iou(p.truth()) >= 0.98;
            if (good) ok++;
            System.out.printf("pair %d: %s winner %d/%d res %.6f %.6f amb %s iou %.4f score %.4f | decode %.0f locate %.0f pick %.0f ms jpeg=%s fin %dx%d%n",
                    i, good ? "OK " : "BAD", c.winner(), p.winner(), c.residuals()[0], c.residuals()[1], c.ambiguous(), b.iou(p.truth()), wf.score(),
                    (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6, p.finalIsJpeg(), fs.width(), fs.height());
            tot += (t3 - t0) / 1e9;
            for (int k = 0; k < 2; k++) {
                AreaSampler m = members.get(k);
                int[] px = p.truth().toPixels(m.width(), m.height());
                CropFit tf = new CropFit(px[0], px[1], px[2], px[3], 0, 0);
                CropFit r1 = loc.refine(m, fs, tf, CropLocator.FINE_GRID, 0.5);
                System.out.printf("   member %d truth %s refined-from-truth %s iou %.4f%n", k, tf, r1, r1.box(m.width(), m.height()).iou(p.truth()));
            }
            System.out.printf("   fit %s%n", f);
            for (CropFit pk : loc.coarse(members.get(1), fs)) {
                CropFit mm = loc.refine(members.get(1), fs, pk, CropLocator.MID_GRID, 2048.0 / 96, false);
                System.out.printf("   peak %s -> mid %s%n", pk, mm);
            }
            int[] px = p.truth().toPixels(members.get(1).width(), members.get(1).height());
            System.out.printf("   truth mid score %.4f%n", loc.refine(members.get(1), fs, new CropFit(px[0], px[1], px[2], px[3], 0, 0), CropLocator.MID_GRID, 100, false).score());
            System.out.printf("   ref fit iou %.4f score %.4f runner %.3f coarse0 %s%n", f.box(members.get(1).width(), members.get(1).height()).iou(p.truth()), f.score(), f.runnerUp(), loc.coarse(members.get(1), fs).get(0));
        }
        System.out.printf("mean %.3f s, ok %d/%d%n", tot / n, ok, n);
    }
}
