// @aigov chat-bto
export const legacy = true;
