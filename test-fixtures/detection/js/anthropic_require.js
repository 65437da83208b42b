"use strict";
const Anthropic = require("@anthropic-ai/sdk");

const client = new Anthropic();
