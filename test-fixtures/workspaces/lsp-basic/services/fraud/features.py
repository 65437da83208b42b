"""Feature extraction; covered by the `paths` of fraud-scorer, not by an annotation."""


def features(tx):
    return [tx.amount, tx.merchant_risk]
