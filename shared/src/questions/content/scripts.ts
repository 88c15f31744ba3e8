import type { BuiltInScript } from '../question.schema.js';

/**
 * The default interview script for every track × persona pair in TRACK_PERSONAS.
 *
 * Each script runs 20–30 minutes (SCRIPT_TARGET_MINUTES), keeps the sections in SCRIPT_SECTIONS order
 * and budgets roughly 2–3 minutes per question including follow-up probes. Every question id refers
 * to BUILT_IN_QUESTIONS and lists the script's track and persona (checked in content.spec.ts).
 */
export const BUILT_IN_SCRIPTS: readonly BuiltInScript[] = [
  {
    id: 'residency_fellowship.program_director',
    track: 'residency_fellowship',
    persona: 'program_director',
    title: 'Program director interview',
    description:
      'The program director looks at the whole applicant: a clear story, real reasons for choosing clinical informatics and this program, professionalism under scrutiny, and any gaps in the CV. Expect one knowledge check and time for the candidate’s own questions about curriculum, mentorship and where graduates go.',
    sections: [
      { section: 'opening', minutes: 4, questionIds: ['opening.tell-me-about-yourself', 'opening.walk-me-through-your-cv'] },
      {
        section: 'motivation',
        minutes: 6,
        questionIds: ['motivation.why-clinical-informatics', 'motivation.why-this-program', 'motivation.career-goals'],
      },
      {
        section: 'behavioural',
        minutes: 8,
        questionIds: ['behavioural.mistake-what-changed', 'behavioural.advocating-through-channels', 'img.gap-in-training'],
      },
      { section: 'knowledge', minutes: 3, questionIds: ['knowledge.what-is-clinical-informatics'] },
      { section: 'candidate_questions', minutes: 5, questionIds: ['closing.questions-for-us'] },
      { section: 'closing', minutes: 2, questionIds: ['closing.anything-else'] },
    ],
  },
  {
    id: 'residency_fellowship.faculty',
    track: 'residency_fellowship',
    persona: 'faculty',
    title: 'Faculty interview: projects and informatics knowledge',
    description:
      'A faculty member probes projects, research and quality-improvement interests, and how well the candidate understands core informatics concepts — decision support, coding and interoperability standards, PDSA. Concept-level explanations in plain language are expected, not vendor detail.',
    sections: [
      { section: 'opening', minutes: 3, questionIds: ['opening.tell-me-about-yourself'] },
      {
        section: 'motivation',
        minutes: 5,
        questionIds: ['motivation.why-informatics-not-clinical', 'motivation.project-you-would-do-here'],
      },
      { section: 'behavioural', minutes: 6, questionIds: ['behavioural.qi-project', 'behavioural.technology-made-it-worse'] },
      {
        section: 'knowledge',
        minutes: 10,
        questionIds: [
          'knowledge.cpoe-and-decision-support',
          'knowledge.coding-systems',
          'knowledge.interoperability-fhir',
          'knowledge.pdsa-cycle',
        ],
      },
      { section: 'candidate_questions', minutes: 4, questionIds: ['closing.questions-for-us'] },
      { section: 'closing', minutes: 1, questionIds: ['closing.anything-else'] },
    ],
  },
  {
    id: 'residency_fellowship.fellow',
    track: 'residency_fellowship',
    persona: 'fellow',
    title: 'Current fellow conversation: culture, teamwork and pressure',
    description:
      'A current fellow or resident checks how the candidate would fit the group: teamwork, handling a heavy workload and difficult moments, and looking after themselves. The second half is the candidate’s chance to ask honest questions about day-to-day life and hands-on EHR work.',
    sections: [
      { section: 'opening', minutes: 3, questionIds: ['opening.tell-me-about-yourself'] },
      { section: 'motivation', minutes: 3, questionIds: ['motivation.ideal-training-culture'] },
      {
        section: 'behavioural',
        minutes: 10,
        questionIds: [
          'behavioural.conflict-in-team',
          'behavioural.handling-pressure',
          'behavioural.difficult-patient-family',
          'behavioural.emotional-resilience',
        ],
      },
      { section: 'knowledge', minutes: 3, questionIds: ['healthcare_it.ehr-experience'] },
      { section: 'candidate_questions', minutes: 5, questionIds: ['closing.questions-for-fellows'] },
      { section: 'closing', minutes: 1, questionIds: ['closing.anything-else'] },
    ],
  },
  {
    id: 'residency_fellowship.informatics_partner',
    track: 'residency_fellowship',
    persona: 'informatics_partner',
    title: 'IT / informatics partner interview: clinicians, safety and systems',
    description:
      'An IT or informatics partner tests how the candidate would work between clinicians and technology teams: handling frustrated users, explaining change, owning mistakes at the system level, and practical knowledge of patient safety, alert fatigue, governance and go-live change management.',
    sections: [
      { section: 'opening', minutes: 3, questionIds: ['opening.technology-background'] },
      { section: 'motivation', minutes: 3, questionIds: ['motivation.why-informatics-not-clinical'] },
      {
        section: 'behavioural',
        minutes: 8,
        questionIds: [
          'behavioural.difficult-clinician',
          'behavioural.explaining-technical',
          'behavioural.mistake-what-changed',
        ],
      },
      {
        section: 'knowledge',
        minutes: 9,
        questionIds: [
          'healthcare_it.protecting-patient-safety',
          'knowledge.alert-fatigue',
          'knowledge.governance-cmio',
          'knowledge.change-management-go-live',
        ],
      },
      { section: 'candidate_questions', minutes: 3, questionIds: ['closing.questions-for-us'] },
      { section: 'closing', minutes: 1, questionIds: ['closing.anything-else'] },
    ],
  },
  {
    id: 'healthcare_job.hiring_manager',
    track: 'healthcare_job',
    persona: 'hiring_manager',
    title: 'Hiring manager interview',
    description:
      'A one-to-one with the manager who would supervise the role. Expect questions on why this organisation, working with clinicians, accountability for mistakes, speed versus quality, and how the candidate protects patient safety with the systems they use. Answers are judged against the candidate’s experience level (entry, mid-career or senior).',
    sections: [
      { section: 'opening', minutes: 3, questionIds: ['opening.tell-me-about-yourself'] },
      {
        section: 'motivation',
        minutes: 5,
        questionIds: ['motivation.why-healthcare-and-this-role', 'motivation.what-do-you-know-about-us'],
      },
      {
        section: 'behavioural',
        minutes: 10,
        questionIds: [
          'behavioural.mistake-what-changed',
          'behavioural.difficult-clinician',
          'behavioural.speed-vs-quality',
          'behavioural.advocating-through-channels',
        ],
      },
      {
        section: 'knowledge',
        minutes: 5,
        questionIds: ['healthcare_it.protecting-patient-safety', 'healthcare_it.ehr-experience'],
      },
      { section: 'candidate_questions', minutes: 4, questionIds: ['closing.questions-for-us'] },
      { section: 'closing', minutes: 1, questionIds: ['closing.anything-else'] },
    ],
  },
  {
    id: 'healthcare_job.panel',
    track: 'healthcare_job',
    persona: 'panel',
    title: 'Panel interview',
    description:
      'Several interviewers take turns, so answers must stay structured and concise. The panel covers motivation, teamwork and conflict, difficult patients or families, resilience, keeping up with regulations, and concrete accomplishments, then closes with the candidate’s questions and a final pitch.',
    sections: [
      { section: 'opening', minutes: 3, questionIds: ['opening.walk-me-through-your-cv'] },
      {
        section: 'motivation',
        minutes: 4,
        questionIds: ['motivation.why-healthcare-and-this-role', 'motivation.what-you-like-current-role'],
      },
      {
        section: 'behavioural',
        minutes: 10,
        questionIds: [
          'behavioural.conflict-in-team',
          'behavioural.difficult-patient-family',
          'behavioural.emotional-resilience',
          'behavioural.receiving-feedback',
        ],
      },
      {
        section: 'knowledge',
        minutes: 7,
        questionIds: [
          'healthcare_it.staying-current-regulations',
          'healthcare_it.proudest-accomplishment',
          'healthcare_it.how-teammates-describe-you',
        ],
      },
      { section: 'candidate_questions', minutes: 4, questionIds: ['closing.questions-for-us'] },
      { section: 'closing', minutes: 2, questionIds: ['closing.final-pitch'] },
    ],
  },
  {
    id: 'informational.professional',
    track: 'informational',
    persona: 'professional',
    title: 'Informational interview with a professional',
    description:
      'The roles are reversed: the student runs a 20–30 minute conversation with a professional. After a short introduction, the student works through prepared questions about the work, the career path and life outside work, following up on what they hear rather than racing through the list. The student closes on time, asks to stay in contact, and sends a thank-you email within a day.',
    sections: [
      { section: 'opening', minutes: 2, questionIds: ['opening.informational-introduce-yourself'] },
      { section: 'motivation', minutes: 2, questionIds: ['motivation.informational-what-draws-you'] },
      {
        section: 'candidate_questions',
        minutes: 20,
        questionIds: [
          'informational.typical-workday',
          'informational.skills-used-daily',
          'informational.career-path',
          'informational.rewarding-and-hard',
          'informational.work-life',
          'informational.wish-you-had-known',
          'informational.advice-starting-out',
        ],
      },
      {
        section: 'closing',
        minutes: 4,
        questionIds: [
          'closing.informational-wrap-up',
          'informational.who-else-to-talk-to',
          'informational.may-i-stay-in-contact',
        ],
      },
    ],
  },
];
