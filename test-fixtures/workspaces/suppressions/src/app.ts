// @aigov-ignore-file AIGOV201 -- ids come from the platform team's registry (PLAT-7)
// @aigov platform-llm
export const a = 1;
// @aigov-ignore AIGOV201
// @aigov another-unknown
