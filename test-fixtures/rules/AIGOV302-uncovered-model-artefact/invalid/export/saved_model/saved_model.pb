#@expect 1:1-1:1 AIGOV302
