const re = /import x from 'openai'/;
const half = total / 2; const other = "a" / 'b';
const lib = require('groq-sdk');
