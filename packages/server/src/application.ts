// The application: the kernel and every work system of `modules/index.ts`, installed once per
// process. Entry points (the server, the schema printer, tests, tools) import this first.
import 'reflect-metadata';
import { installModules } from './common/modules.js';
import { kernelModule } from './common/kernel.module.js';
import { MODULES } from './modules/index.js';

export const APPLICATION = installModules([kernelModule, ...MODULES]);
