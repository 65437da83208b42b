# @aigov chatbot
def answer(q):
    return q
