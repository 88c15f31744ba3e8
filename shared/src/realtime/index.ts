export * from './socket-errors.js';
export * from './practice.events.js';
export * from './events.js';
export * from './rate-limits.js';
export * from '../matching/practice-compatibility.js';
