import vertexai
from vertexai.generative_models import GenerativeModel

vertexai.init(project="p", location="us-central1")
