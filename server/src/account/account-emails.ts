import type { OutgoingMessage } from '../notifications/outbox.service.js';

/** The link that sets a new password. Sent only to addresses that have an account. */
export function passwordResetEmail(email: string, link: string, expiresAt: Date): OutgoingMessage {
  return {
    kind: 'password-reset',
    toAddress: email,
    subject: 'Set a new Rounds password',
    textBody: [
      `Hello,`,
      ``,
      `Someone (we hope you) asked to set a new password for the Rounds account of this address.`,
      ``,
      `To choose a new password, open this link:`,
      link,
      ``,
      `The link works once and expires on ${expiresAt.toUTCString()}. Setting a new password signs you out everywhere.`,
      `If this was not you, ignore this message: your password stays as it is.`,
    ].join('\n'),
  };
}

/** A note after a password change, so the owner hears of a change they did not make. */
export function passwordChangedEmail(email: string, resetLink: string): OutgoingMessage {
  return {
    kind: 'password-changed',
    toAddress: email,
    subject: 'Your Rounds password was changed',
    textBody: [
      `Hello,`,
      ``,
      `The password of your Rounds account was just changed, and your other sign-ins were ended.`,
      ``,
      `If this was not you, set a new password at once: ${resetLink}`,
    ].join('\n'),
  };
}
