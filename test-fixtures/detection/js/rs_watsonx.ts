import { WatsonXAI } from '@ibm-cloud/watsonx-ai';

export const service = WatsonXAI.newInstance({ version: '2024-05-31' });
