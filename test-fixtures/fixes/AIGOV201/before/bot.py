# @aigov support-chatbt
print("hi")
