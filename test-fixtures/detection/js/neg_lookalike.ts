import x from 'openai-ish';
import y from 'langchainx';
import z from '@langchainx/core';
import 'aim';
import w from 'ai-utils';
