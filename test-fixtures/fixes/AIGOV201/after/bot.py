# @aigov support-chatbot
print("hi")
