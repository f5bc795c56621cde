/** The full handler map: exactly one handler per contract method (checked by the type). */
import type { Handlers } from '../dispatch/types.js';
import { caseHandlers } from './cases.js';
import { systemHandlers } from './system.js';

export const handlers: Handlers = { ...systemHandlers, ...caseHandlers };
