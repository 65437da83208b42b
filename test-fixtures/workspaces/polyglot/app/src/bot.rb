# @aigov assistant
puts "hi"
