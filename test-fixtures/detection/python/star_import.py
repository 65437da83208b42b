from openai import*
