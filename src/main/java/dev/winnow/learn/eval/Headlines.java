package dev.winnow.learn.eval;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The few numbers per model that listings show, each with its baseline next to it. */
public final class Headlines {
    private Headlines() {
    }

    public static Map<String, Double> of(PickMetrics m) {
        Map<String, Double> h = new LinkedHashMap<>();
        h.put("top1", m.top1().model());
        h.put("top1_highest_stage", m.top1().baselines().get(PickMetrics.HIGHEST));
        h.put("top1_normal", m.top1Normal().model());
        h.put("top1_anomaly", m.top1Anomaly().model());
        return h;
    }

    public static String text(PickMetrics m) {
        return String.format(Locale.ROOT, "top-1 %s (highest stage %s, random %s); anomaly sets %s",
                pct(m.top1().model()), pct(m.top1().baselines().get(PickMetrics.HIGHEST)),
                pct(m.top1().baselines().get(PickMetrics.RANDOM)), pct(m.top1Anomaly().model()));
    }

    public static Map<String, Double> of(AnomalyMetrics m) {
        Map<String, Double> h = new LinkedHashMap<>();
        h.put("pr_auc", m.prAuc().model());
        h.put("pr_auc_base_rate", m.prAuc().baselines().get(AnomalyMetrics.BASE_RATE));
        h.put("recall_at_precision", m.recallAtPrecision().model());
        return h;
    }

    public static String text(AnomalyMetrics m) {
        return String.format(Locale.ROOT, "PR-AUC %.3f (base rate %.3f); recall %s at %s precision",
                m.prAuc().model(), m.prAuc().baselines().get(AnomalyMetrics.BASE_RATE),
                pct(m.recallAtPrecision().model()), pct(m.targetPrecision()));
    }

    public static Map<String, Double> of(CropMetrics m) {
        Map<String, Double> h = new LinkedHashMap<>();
        h.put("mean_iou", m.meanIou().model());
        h.put("mean_iou_bucket_median", m.meanIou().baselines().get(CropMetrics.BUCKET));
        h.put("mean_iou_full_image", m.meanIou().baselines().get(CropMetrics.FULL));
        return h;
    }

    public static String text(CropMetrics m) {
        return String.format(Locale.ROOT, "mean IoU %.3f (bucket median box %.3f, full image %.3f)", m.meanIou().model(),
                m.meanIou().baselines().get(CropMetrics.BUCKET), m.meanIou().baselines().get(CropMetrics.FULL));
    }

    public static Map<String, Double> of(KeepMetrics m) {
        Map<String, Double> h = new LinkedHashMap<>();
        h.put("accuracy", m.accuracy().model());
        h.put("accuracy_keep_all", m.accuracy().baselines().get(KeepMetrics.KEEP_ALL));
        h.put("reject_pr_auc", m.rejectPrAuc().model());
        h.put("reject_pr_auc_base_rate", m.rejectPrAuc().baselines().get(KeepMetrics.BASE_RATE));
        return h;
    }

    public static String text(KeepMetrics m) {
        return String.format(Locale.ROOT, "accuracy %s (keep all %s); PR-AUC of rejects %.3f (base rate %.3f); %d singles, %d rejected",
                pct(m.accuracy().model()), pct(m.accuracy().baselines().get(KeepMetrics.KEEP_ALL)),
                m.rejectPrAuc().model(), m.rejectPrAuc().baselines().get(KeepMetrics.BASE_RATE), m.singles(), m.rejected());
    }

    static String pct(Double v) {
        return v == null || v.isNaN() ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100 * v);
    }
}
