// @aigov search-ranker
export const rank = 1;
