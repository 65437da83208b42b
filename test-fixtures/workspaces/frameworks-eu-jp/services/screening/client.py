"""Client for the vendor's CV pre-screening API."""


def rank(applications: list) -> list:
    return applications
