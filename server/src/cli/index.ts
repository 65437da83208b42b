import { cli } from './main.js';

cli();
