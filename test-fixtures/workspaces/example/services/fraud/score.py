import joblib
from sklearn.ensemble import GradientBoostingClassifier

MODEL_PATH = "models/fraud-gbm.joblib"


def load() -> GradientBoostingClassifier:
    return joblib.load(MODEL_PATH)


def score(model: GradientBoostingClassifier, features: list[float]) -> float:
    return float(model.predict_proba([features])[0][1])
