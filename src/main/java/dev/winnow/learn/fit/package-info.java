/**
 * Fitting, model-agnostic: boosted trees (XGBoost) and their hyper-parameters, ridge and logistic ridge
 * regressions, calibration, out-of-fold prediction, binary-classification measures, SHAP evidence. Uses
 * learn.data, learn.features.
 */
package dev.winnow.learn.fit;
