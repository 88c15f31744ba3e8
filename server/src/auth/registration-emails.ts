import type { OutgoingMessage } from '../notifications/outbox.service.js';

/*
 * The two messages open registration sends. Neither repeats the name typed in the form: whoever registers may
 * not own the address, and their words should not reach its owner.
 */

/** To a new address: the link that finishes creating the account. */
export function registrationConfirmationEmail(email: string, link: string, expiresAt: Date): OutgoingMessage {
  return {
    kind: 'registration-confirmation',
    toAddress: email,
    subject: 'Finish creating your Rounds account',
    textBody: [
      `Hello,`,
      ``,
      `Someone (we hope you) asked to create a Rounds account with this address.`,
      `Rounds runs live mock interviews for residency, fellowship and healthcare job candidates.`,
      ``,
      `To finish, open this link and press "Finish creating my account":`,
      link,
      ``,
      `The link works once and expires on ${expiresAt.toUTCString()}.`,
      `If this was not you, ignore this message: no account is created without the link.`,
    ].join('\n'),
  };
}

/** To an address that already has an account: nothing to confirm, and the owner learns someone tried. */
export function accountAlreadyExistsEmail(email: string, signInLink: string): OutgoingMessage {
  return {
    kind: 'registration-account-exists',
    toAddress: email,
    subject: 'You already have a Rounds account',
    textBody: [
      `Hello,`,
      ``,
      `Someone (maybe you) just tried to create a Rounds account with this address, but it already has one.`,
      ``,
      `To use it, sign in here: ${signInLink}`,
      ``,
      `If this was not you, you can ignore this message: nothing about your account has changed.`,
    ].join('\n'),
  };
}
