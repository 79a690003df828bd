package dev.winnow.learn.eval;

import java.util.Locale;

/** How evaluation holds data out: whole projects (leave-one-project-out) or sets within each project (k-fold). */
public enum Holdout {
    PROJECT, KFOLD;

    public static Holdout parse(String s) {
        try {
            return valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--holdout must be 'project' or 'kfold', got '" + s + "'");
        }
    }

    public String label() {
        return this == PROJECT ? "leave-one-project-out" : "grouped k-fold by set within each project";
    }
}
