import json
import openai
#      ^^^^^^ AIGOV301
from langchain_openai import ChatOpenAI
#    ^^^^^^^^^^^^^^^^ AIGOV301
import openai.types  # same library: one finding per file
