import { client } from './openai';
import anthropic from '../anthropic';
import torch from '/abs/torch';
