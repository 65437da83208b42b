# @aigov scorer
print(1)
