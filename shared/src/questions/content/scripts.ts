import type { BuiltInScript } from '../question.schema.js';

/**
 * The built-in interview scripts: a default for every track × persona pair in TRACK_PERSONAS, with id
 * "track.persona", plus variants with id "track.persona.variant" that a coordinator picks for a session —
 * the ".img" scripts for international medical graduates.
 *
 * Each script runs 20–30 minutes (SCRIPT_TARGET_MINUTES), keeps the sections in SCRIPT_SECTIONS order
 * and budgets roughly 2–3 minutes per question including follow-up probes; in every section the answers'
 * target times leave room for asking and probing. Every question id refers to BUILT_IN_QUESTIONS and lists
 * the script's track and persona (all checked in content.spec.ts).
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
      { section: 'opening', minutes: 5, questionIds: ['opening.tell-me-about-yourself', 'opening.walk-me-through-your-cv'] },
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
      'A faculty member probes projects, research and quality-improvement interests, and how well the candidate understands core informatics concepts: how informatics improves care, decision support and the safety risks the EHR itself brings, interoperability, registries and quality measures, PDSA. Concept-level explanations in plain language are expected, not vendor detail.',
    sections: [
      { section: 'opening', minutes: 3, questionIds: ['opening.tell-me-about-yourself'] },
      {
        section: 'motivation',
        minutes: 5,
        questionIds: ['motivation.why-informatics-not-clinical', 'motivation.project-you-would-do-here'],
      },
      { section: 'behavioural', minutes: 5, questionIds: ['behavioural.qi-project', 'behavioural.technology-made-it-worse'] },
      {
        section: 'knowledge',
        minutes: 12,
        questionIds: [
          'knowledge.informatics-improving-care',
          'knowledge.cpoe-and-decision-support',
          'knowledge.ehr-safety-risks',
          'knowledge.interoperability-fhir',
          'knowledge.registries-quality-measures',
          'knowledge.pdsa-cycle',
        ],
      },
      { section: 'candidate_questions', minutes: 3, questionIds: ['closing.questions-for-us'] },
      { section: 'closing', minutes: 1, questionIds: ['closing.anything-else'] },
    ],
  },
  {
    id: 'residency_fellowship.fellow',
    track: 'residency_fellowship',
    persona: 'fellow',
    title: 'Current fellow conversation: culture, teamwork and pressure',
    description:
      'A current fellow or resident checks how the candidate would fit the group: teamwork, handling a heavy workload and difficult moments, and looking after themselves. A short practical check on EHR work and handoffs, then the candidate’s chance to ask honest questions about day-to-day life.',
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
      { section: 'knowledge', minutes: 4, questionIds: ['healthcare_it.ehr-experience', 'knowledge.transitions-of-care'] },
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
      'An IT or informatics partner tests how the candidate would work between clinicians and technology teams: handling frustrated users, explaining change, owning mistakes at the system level, and practical knowledge of patient safety, alert fatigue, privacy in everyday data work, governance and go-live change management.',
    sections: [
      { section: 'opening', minutes: 3, questionIds: ['opening.technology-background'] },
      { section: 'motivation', minutes: 3, questionIds: ['motivation.why-informatics-not-clinical'] },
      {
        section: 'behavioural',
        minutes: 8,
        questionIds: ['behavioural.difficult-clinician', 'behavioural.explaining-technical', 'behavioural.mistake-what-changed'],
      },
      {
        section: 'knowledge',
        minutes: 11,
        questionIds: [
          'healthcare_it.protecting-patient-safety',
          'knowledge.alert-fatigue',
          'knowledge.privacy-hipaa',
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
      'A one-to-one with the manager who would supervise the role. Expect questions on why this organisation, working with clinicians, accountability for mistakes, speed versus quality, and how the candidate protects patient safety and privacy with the systems they use. Answers are judged against the candidate’s experience level (entry, mid-career or senior).',
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
        minutes: 6,
        questionIds: [
          'healthcare_it.protecting-patient-safety',
          'healthcare_it.shared-login-request',
          'healthcare_it.ehr-experience',
        ],
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
      'Several interviewers take turns, so answers must stay structured and concise. The panel covers motivation, teamwork and conflict, difficult patients or families, resilience, keeping up with regulations and privacy rules, and concrete accomplishments, then closes with the candidate’s questions and a final pitch.',
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
        minutes: 6,
        questionIds: [
          'healthcare_it.staying-current-regulations',
          'knowledge.privacy-hipaa',
          'healthcare_it.proudest-accomplishment',
        ],
      },
      { section: 'candidate_questions', minutes: 3, questionIds: ['closing.questions-for-us'] },
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
          'informational.work-life',
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
    roleCard: {
      role: 'You play a working health professional — a physician, nurse, pharmacist or informatics specialist, whichever suits you best — who has agreed to give a pre-health student 20–30 minutes. Be friendly and honest, answer what is asked, and let the student lead the conversation.',
      background: [
        'Pick a role you know a little about and keep to it: your training route, roughly how many years you have practised, and where you work now.',
        'Have one turning point ready: why you chose this field, and one thing you would do differently.',
        'Describe an ordinary day concretely: when it starts, who you work with, the part you enjoy and the part that wears you down.',
        'Be candid about hours and balance, and keep patient details vague: a real professional would.',
        'Offer one piece of advice for someone at the student’s stage, and name a kind of person they could talk to next.',
      ],
      timekeeping:
        'Agree the length at the start (usually 25 minutes) and note the time. Keep answers to two or three minutes so the student can follow up. If they are still on their list with five minutes left, say so kindly and let them choose the last question; at time, wait for them to close — a good student thanks you, asks to stay in contact and ends on time, and that is part of what your feedback scores.',
    },
  },
  {
    id: 'residency_fellowship.program_director.img',
    track: 'residency_fellowship',
    persona: 'program_director',
    title: 'International medical graduate: program director interview',
    description:
      'The program director interview with the questions international graduates most often meet: a 30-second introduction, why this specialty and why train in this country, gaps and limited local clinical experience, and a brief, factual visa answer. Interviewer: listen to delivery as well as content — pace (slightly slower is clearer), filler words and a flat, recited tone — and note them under communication.',
    sections: [
      { section: 'opening', minutes: 4, questionIds: ['opening.thirty-second-pitch', 'opening.walk-me-through-your-cv'] },
      {
        section: 'motivation',
        minutes: 7,
        questionIds: [
          'motivation.why-this-specialty',
          'img.why-train-in-this-country',
          'motivation.why-this-program',
          'img.visa-status',
        ],
      },
      {
        section: 'behavioural',
        minutes: 8,
        questionIds: ['img.gap-in-training', 'img.limited-local-experience', 'behavioural.mistake-what-changed'],
      },
      { section: 'candidate_questions', minutes: 5, questionIds: ['closing.questions-for-us'] },
      { section: 'closing', minutes: 2, questionIds: ['closing.anything-else'] },
    ],
  },
  {
    id: 'residency_fellowship.faculty.img',
    track: 'residency_fellowship',
    persona: 'faculty',
    title: 'International medical graduate: faculty interview',
    description:
      'A longer conversation for an international graduate: the 5-minute version of their path, what training in another health system brings to informatics, communicating across cultures, and core workflow knowledge — medication reconciliation and e-prescribing, transitions of care, telehealth and portals, coding systems. Interviewer: over the long answers, note whether pace stays steady, fillers creep in or the delivery goes flat.',
    sections: [
      { section: 'opening', minutes: 7, questionIds: ['opening.five-minute-story'] },
      {
        section: 'motivation',
        minutes: 4,
        questionIds: ['img.international-strength', 'motivation.why-informatics-not-clinical'],
      },
      { section: 'behavioural', minutes: 5, questionIds: ['img.communication-across-cultures', 'behavioural.qi-project'] },
      {
        section: 'knowledge',
        minutes: 8,
        questionIds: [
          'knowledge.medication-reconciliation',
          'knowledge.transitions-of-care',
          'knowledge.telehealth-and-portals',
          'knowledge.coding-systems',
        ],
      },
      { section: 'candidate_questions', minutes: 3, questionIds: ['closing.questions-for-us'] },
      { section: 'closing', minutes: 1, questionIds: ['closing.anything-else'] },
    ],
  },
  {
    id: 'residency_fellowship.fellow.img',
    track: 'residency_fellowship',
    persona: 'fellow',
    title: 'International medical graduate: current fellow conversation',
    description:
      'A current fellow or resident talks with an international graduate about settling in: why train here, adapting to a new health system and its culture, communicating across languages, teamwork and pressure, and the everyday EHR and handoff work. Interviewer: keep it conversational, and note pace, filler words and a flat delivery for the communication score.',
    sections: [
      { section: 'opening', minutes: 3, questionIds: ['opening.tell-me-about-yourself'] },
      { section: 'motivation', minutes: 4, questionIds: ['img.why-train-in-this-country', 'motivation.ideal-training-culture'] },
      {
        section: 'behavioural',
        minutes: 9,
        questionIds: [
          'img.adapting-to-new-health-system',
          'img.communication-across-cultures',
          'behavioural.conflict-in-team',
          'behavioural.handling-pressure',
        ],
      },
      { section: 'knowledge', minutes: 4, questionIds: ['healthcare_it.ehr-experience', 'knowledge.transitions-of-care'] },
      { section: 'candidate_questions', minutes: 5, questionIds: ['closing.questions-for-fellows'] },
      { section: 'closing', minutes: 1, questionIds: ['closing.anything-else'] },
    ],
  },
];
