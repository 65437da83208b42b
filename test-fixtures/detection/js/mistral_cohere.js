const { Mistral } = require('@mistralai/mistralai');
const { CohereClient } = require('cohere-ai');
