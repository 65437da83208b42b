"""Scores instalment requests of EU consumers with the gradient-boosted model."""
import lightgbm as lgb


def score(model: lgb.Booster, features: list[float]) -> float:
    return float(model.predict([features])[0])
