# @aigov-ignore AIGOV301 -- benchmark harness, never deployed
import openai
