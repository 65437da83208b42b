def complete(p):
    return p
