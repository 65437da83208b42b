import numpy as np
from sklearn.ensemble import RandomForestClassifier

clf = RandomForestClassifier().fit(np.zeros((2, 2)), [0, 1])
