# @aigov fraud-scorer
"""Scores card transactions."""


def score(features):
    return sum(features) / max(len(features), 1)
