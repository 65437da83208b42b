import xgboost as xgb
import lightgbm
