"""Ranks home-page products with the LightGBM model."""
import lightgbm as lgb


def rank(model: lgb.Booster, rows):
    return sorted(rows, key=lambda r: -model.predict([r.features])[0])
