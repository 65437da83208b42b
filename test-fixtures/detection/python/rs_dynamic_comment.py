import importlib

sdk = importlib.import_module(  # picked by configuration (see docs)
    # the provider's module
    "anthropic"
)
