import type { ChatCompletion } from 'openai';
import { x } from './openai';
