import torch
from langchain_core.prompts import ChatPromptTemplate
