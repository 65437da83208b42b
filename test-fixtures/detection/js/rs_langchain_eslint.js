const { langchainConfig } = require("@langchain/eslint");

module.exports = langchainConfig;
