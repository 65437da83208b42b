# Checks that nobody writes "import openai" in docs.
import re

PATTERN = re.compile(r"import openai")
