/**
 * What a candidate does in the last two days before a real interview, shown to candidates beside the bank.
 * Written for Rounds from the domain's timing and follow-up facts (DOMAIN.md, "Timing" and "Before and after").
 */
export const FINAL_48_HOURS: readonly { when: string; items: readonly string[] }[] = [
  {
    when: 'Two days before',
    items: [
      'Reread your application and personal statement: every story you tell should match what they have read.',
      'Say your 30-second, 2-minute and 5-minute introductions aloud once each, timed, and stop when the time is up.',
      'Pick three stories (a mistake and what changed, a conflict, a patient or user you advocated for) and one number or named detail for each.',
      'Write two or three questions that only this program or employer can answer, from their own projects or people.',
      'International graduates: have your visa facts ready in two sentences, and know which visas the program sponsors.',
    ],
  },
  {
    when: 'The day before',
    items: [
      'Do a technical check on the device and room you will use: microphone first, then connection, then camera and light.',
      'Confirm the time in your own time zone and theirs, the link or address, and a phone number in case the call drops.',
      'Run one timed mock answer with a peer playing a skeptical interviewer, then stop preparing and rest.',
    ],
  },
  {
    when: 'On the day and after',
    items: [
      'Join a few minutes early, with water, your questions and a short note of your three stories.',
      'Thank each interviewer in person at the end.',
      'Residency and fellowship: follow the program’s instructions on written notes; many ask for none. Jobs and informational interviews: a short note within a day.',
    ],
  },
];
