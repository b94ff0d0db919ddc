import type { Messages } from './messages';

/** English messages of this module, loaded only when a user chooses English (Chinese, the source, is in messages.ts). */
export const en: Messages = {
  login: {
    title: 'Sign in',
    subtitle: 'Government-affairs disclosure work systems',
    username: 'User name',
    password: 'Password',
    submit: 'Sign in',
    usernameRequired: 'Enter your user name',
    passwordRequired: 'Enter your password',
    failed: 'Wrong user name or password.',
    locked: 'The account is locked. Try again later or contact the administrator.',
    disabled: 'The account is disabled. Contact the administrator.',
    footer: 'For staff only. To get an account, ask the head of your unit to request one.',
  },
};
