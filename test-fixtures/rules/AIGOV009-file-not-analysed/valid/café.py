# @aigov menu-bot
import openai
