import anthropic
#      ^^^^^^^^^ AIGOV303
