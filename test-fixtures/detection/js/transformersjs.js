import { pipeline } from '@xenova/transformers';

const pipe = await pipeline('sentiment-analysis');
