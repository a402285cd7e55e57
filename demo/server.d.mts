import type { Server } from 'node:http';
/** Creates the demo server (not yet listening). */
export function createDemoServer(): Server;
