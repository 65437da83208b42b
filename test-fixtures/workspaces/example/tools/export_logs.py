# @aigov-ignore AIGOV301
import csv
import sys


def export(rows):
    # Plain CSV export: the word "openai" in this comment is not an import.
    writer = csv.writer(sys.stdout)
    writer.writerows(rows)
