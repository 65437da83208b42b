# @aigov support-bot
import openai
