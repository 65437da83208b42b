# @aigov support-chatbot
text = "# @aigov not-an-annotation"
