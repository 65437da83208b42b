# @aigov Support_Chatbot
#        ^^^^^^^^^^^^^^^ AIGOV202
# @aigov support-chatbot scope=function
#                        ^^^^^^^^^^^^^^ AIGOV202
