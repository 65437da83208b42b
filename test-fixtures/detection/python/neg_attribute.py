class Settings:
    def __init__(self):
        self.openai = None
        self.torch_dtype = "float16"

    def load(self, loader):
        return loader.import_module_path("x")
