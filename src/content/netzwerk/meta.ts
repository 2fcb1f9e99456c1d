import type { Answers } from '../../domain/types';

/** Whether the network's funding ends within the next 12 months (brings phase III steps forward). */
export const fundingEndsSoon = (answers: Answers) => answers['t-funding'] === 'ending';
