% @aigov ranker
x = 1;
