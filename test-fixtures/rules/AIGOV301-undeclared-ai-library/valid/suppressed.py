# @aigov-ignore AIGOV301 -- throwaway benchmark, never deployed
import openai
