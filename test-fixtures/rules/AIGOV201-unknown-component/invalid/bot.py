# @aigov support-chatbt
#        ^^^^^^^^^^^^^^ AIGOV201
print("hi")
