// @aigov ranker
fun rank() = 1
