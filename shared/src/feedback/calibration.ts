import type { ExperienceLevel, Track } from '../enums.js';
import type { Competency } from '../questions/question.enums.js';

/**
 * Reference answers for calibrating mentors before they score a day: transcripts written for Rounds at
 * different levels, each with the scores a group of reviewers agreed against RUBRIC. A mentor scores one and
 * sees how far each of their scores sits from the agreed one.
 */
export interface ReferenceAnswer {
  id: string;
  /** The built-in question answered, by its stable id. */
  questionId: string;
  track: Track;
  level: ExperienceLevel;
  /** Who is answering, in a line, so the mentor scores against the right level. */
  candidate: string;
  transcript: string;
  /** The agreed score for each competency this answer is scored on. */
  agreed: Partial<Record<Competency, number>>;
  /** Why the group agreed on these scores: what could be seen or heard. */
  rationale: string;
}

export const REFERENCE_ANSWERS: readonly ReferenceAnswer[] = [
  {
    id: 'mistake-weak',
    questionId: 'behavioural.mistake-what-changed',
    track: 'healthcare_job',
    level: 'entry',
    candidate: 'An applicant for a first role as a unit clerk.',
    transcript:
      'Honestly I am quite careful, so I do not make many mistakes. Once we had a mix-up with a patient’s appointment, I think the system sent the wrong date, and the patient was upset. We sorted it out in the end. I learned that you have to double-check everything and be more careful, and I am a very detail-oriented person anyway.',
    agreed: { structure: 1, systems_thinking: 1, professionalism: 2 },
    rationale:
      'No situation, own action or result can be told apart; the cause is put on “the system” and the lesson is “be more careful”; the candidate opens by minimising the mistake.',
  },
  {
    id: 'mistake-sound',
    questionId: 'behavioural.mistake-what-changed',
    track: 'residency_fellowship',
    level: 'entry',
    candidate: 'A final-year medical student applying to internal medicine residency.',
    transcript:
      'On my medicine sub-internship I pre-rounded on a patient and copied the previous day’s potassium into my presentation instead of the new value, which was low. My resident caught it on rounds before any decision was made. I told my attending straight away that it was my error. Afterwards I stopped copying values forward: I read each result from the results screen each morning, and I suggested to the team that our shared handoff list show the result time next to each value, which the chief resident added for the whole service.',
    agreed: { structure: 4, systems_thinking: 3, professionalism: 4 },
    rationale:
      'Situation, own action and result in order within two minutes; owns the error at once; a workflow change beyond the personal habit, though its effect was not measured.',
  },
  {
    id: 'why-program-generic',
    questionId: 'motivation.why-this-program',
    track: 'residency_fellowship',
    level: 'mid',
    candidate: 'A third-year internal medicine resident applying to a clinical informatics fellowship.',
    transcript:
      'Your program has a great reputation and excellent faculty, and I really like the collaborative culture I have heard about. I am passionate about informatics and improving patient care, and I think this would be a wonderful place to learn. The location also works well for my family.',
    agreed: { motivation_fit: 2, specificity: 1 },
    rationale:
      'A personal reason is given, but every sentence would fit any program; no project, person, rotation or system of this program is named.',
  },
  {
    id: 'why-program-specific',
    questionId: 'motivation.why-this-program',
    track: 'residency_fellowship',
    level: 'mid',
    candidate: 'A third-year internal medicine resident applying to a clinical informatics fellowship.',
    transcript:
      'Two things. First, your fellows sit on the decision-support committee from the first month; I read the poster on retiring low-value alerts, and I want to do that work because as a resident I override the same duplicate-order alert about forty times a week. Second, the rotation with the health-system analytics team: I taught myself SQL for a sepsis-bundle audit on my service and hit the limit of what I can do alone. In return, I have run two PDSA cycles on discharge medication lists and could bring that to the readmissions project Dr. Ortiz described.',
    agreed: { motivation_fit: 5, specificity: 5 },
    rationale:
      'Named features of this program (the committee, the analytics rotation, a described project), each tied to first-hand experience with figures, and what the candidate would contribute.',
  },
  {
    id: 'hipaa-partial',
    questionId: 'knowledge.privacy-hipaa',
    track: 'healthcare_job',
    level: 'mid',
    candidate: 'A reporting analyst with three years in a hospital data team.',
    transcript:
      'HIPAA means we only share the minimum necessary. For a QI project I would remove names and medical record numbers, so it is de-identified and can go to anyone. If a doctor wants a full list for treatment, minimum necessary still applies, so I would cut it down. If I saw someone snooping I would tell my manager.',
    agreed: { domain_knowledge: 2, systems_thinking: 2, professionalism: 3 },
    rationale:
      'Right on minimum necessary in general, but wrong twice: removing names and record numbers alone does not de-identify data (dates and other identifiers remain), and minimum necessary does not apply to disclosures for treatment. Reports snooping through a manager (proper channel), but no workflow or safeguard beyond that.',
  },
  {
    id: 'station-impairment-strong',
    questionId: 'station.colleague-impairment',
    track: 'residency_fellowship',
    level: 'mid',
    candidate: 'A resident at an MMI station.',
    transcript:
      'The first thing is the patients Sam would see and the operation at eight: that has to be safe. But Sam is also a colleague who may be unwell, so I do not want to turn this into a public accusation. I would want a few facts first — has Sam been drinking, or is something else going on, like a medical problem? I would take Sam somewhere private and say what I noticed: the smell, the slurring, dropping the list. Whatever Sam says, I would not let Sam scrub in; I would call the senior on call now to arrange cover, because this cannot wait until Monday. Then the program director and the physician health service, as help rather than punishment. If Sam begs me to keep quiet, I would say I care about them and that is exactly why I am not keeping quiet. If I turned out to be wrong, an uncomfortable conversation is a far smaller harm than an impaired surgeon.',
    agreed: { ethical_reasoning: 5, communication: 4, professionalism: 5 },
    rationale:
      'Names the principles and people, asks for facts, weighs options, decides, says who is told and how, includes a support route and what would change the decision; speaks in plain words with the point first.',
  },
];

/** How far a mentor's score sits from the agreed one: positive is more generous, negative more severe. */
export function calibrationDistance(
  given: Partial<Record<Competency, number>>,
  agreed: Partial<Record<Competency, number>>,
): { competency: Competency; given: number | null; agreed: number; difference: number | null }[] {
  return (Object.entries(agreed) as [Competency, number][]).map(([competency, agreedScore]) => {
    const score = given[competency] ?? null;
    return { competency, given: score, agreed: agreedScore, difference: score === null ? null : score - agreedScore };
  });
}
