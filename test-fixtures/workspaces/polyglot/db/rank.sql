-- @aigov ranker
SELECT 1;
