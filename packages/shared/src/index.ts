export * from './roles.js';
export * from './abilities.js';
export * from './calendar.js';
export * from './foundation/states.js';
