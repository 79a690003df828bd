package dev.winnow.learn.model;

import dev.winnow.common.BuildInfo;
import dev.winnow.learn.features.FeatureCode;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a model or report was made: the code (version, commit, feature code), the learning library and the
 * machine. Kept because results can differ across platforms (native XGBoost builds, floating-point differences),
 * so a number can be traced to the code and machine that produced it.
 */
public final class Environment {

    private Environment() {
    }

    public static Map<String, String> describe() {
        Map<String, String> m = new LinkedHashMap<>();
        String v = Environment.class.getPackage().getImplementationVersion();
        m.put("winnow", v == null ? "dev" : v);
        m.put("commit", BuildInfo.commit());
        m.put("featureCode", FeatureCode.VERSION);
        m.put("xgboost4j", BuildInfo.libraryVersion("ml.dmlc", "xgboost4j_2.12"));
        m.put("java", System.getProperty("java.version"));
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        m.put("arch", System.getProperty("os.arch"));
        m.put("cores", String.valueOf(Runtime.getRuntime().availableProcessors()));
        return m;
    }
}
