important = 1
imported_torch = 2
from_openai = 3
def import_openai():
    return important
