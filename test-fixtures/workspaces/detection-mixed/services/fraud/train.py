# @aigov fraud-scorer
import torch
from sklearn.ensemble import GradientBoostingClassifier

model = GradientBoostingClassifier()
