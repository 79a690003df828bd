package dev.winnow.learn;

import dev.winnow.learn.eval.EvalResult;

import java.nio.file.Path;

/** An evaluation and where its report was written. */
public record EvalOutput(EvalResult result, Path json, Path html) {
}
