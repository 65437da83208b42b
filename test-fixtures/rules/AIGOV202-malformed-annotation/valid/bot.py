# @aigov support-chatbot scope=block
def answer():
    return 1
# contact: someone@aigov.example (not a tag)
