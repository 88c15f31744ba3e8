import type { BuiltInScript } from '../question.schema.js';
import { skepticalVariantOf } from './interviewer-modes.js';

/**
 * The built-in interview scripts: a default for every track × persona pair in TRACK_PERSONAS, with id
 * "track.persona", plus variants with id "track.persona.variant" that a coordinator picks for a session —
 * the ".img" scripts for international medical graduates, health-IT roles and one script per MMI station; and
 * ".skeptical" variants (interviewer-modes.ts) of the default scripts a skeptical round suits.
 *
 * Timing (checked in content.spec.ts): residency and fellowship slots run 15–20 minutes with 4–6 questions, job
 * and informational interviews 20–30 minutes, stations 5–12; every script leaves at least 90 seconds per question
 * beyond the answers' target times, for asking and probing. Each script names the 3–5 competencies its
 * interviewer form scores; on the residency / fellowship track it also says which training it interviews for,
 * and so which levels a candidate can be at.
 */
const SCRIPTS: readonly BuiltInScript[] = [
  {
    id: 'residency_fellowship.program_director',
    track: 'residency_fellowship',
    persona: 'program_director',
    title: 'Program director interview (residency, any specialty)',
    description:
      'A 20-minute program director slot for a residency applicant in any specialty: a clear story, real reasons for the specialty and this program, one account of a mistake and what changed, and time for the applicant’s own questions. Five questions leave room for the probes. Match-safe: never ask where else they applied or how they will rank.',
    program: 'residency',
    competencies: ['structure', 'motivation_fit', 'professionalism', 'candidate_questions'],
    sections: [
      { section: 'opening', minutes: 4, questionIds: ['opening.tell-me-about-yourself'] },
      { section: 'motivation', minutes: 6, questionIds: ['motivation.why-this-specialty', 'motivation.why-this-program'] },
      { section: 'behavioural', minutes: 5, questionIds: ['behavioural.mistake-what-changed'] },
      { section: 'candidate_questions', minutes: 5, questionIds: ['closing.questions-for-us'] },
    ],
  },
  {
    id: 'residency_fellowship.program_director.informatics-fellowship',
    track: 'residency_fellowship',
    persona: 'program_director',
    title: 'Program director interview (clinical informatics fellowship)',
    description:
      'A 20-minute slot with the director of a clinical informatics fellowship: the applicant’s path, why informatics and why this program, how they raise a concern through proper channels, and their questions. The fellowship follows a completed residency (ACGME, RCPSC or CFPC; the exception for exceptionally qualified applicants is narrow), and its board rests on a primary board certification.',
    program: 'informatics_fellowship',
    competencies: ['motivation_fit', 'structure', 'professionalism', 'candidate_questions'],
    sections: [
      { section: 'opening', minutes: 4, questionIds: ['opening.tell-me-about-yourself'] },
      { section: 'motivation', minutes: 6, questionIds: ['motivation.why-clinical-informatics', 'motivation.why-this-program'] },
      { section: 'behavioural', minutes: 5, questionIds: ['behavioural.advocating-through-channels'] },
      { section: 'candidate_questions', minutes: 5, questionIds: ['closing.questions-for-us'] },
    ],
  },
  {
    id: 'residency_fellowship.faculty',
    track: 'residency_fellowship',
    persona: 'faculty',
    title: 'Faculty interview: projects and informatics knowledge (fellowship)',
    description:
      'A 20-minute faculty slot for a clinical informatics fellowship applicant: why informatics rather than a purely clinical path, a quality-improvement project, and two concept checks (decision support, interoperability) at concept level in plain language. The fellowship follows a completed residency (ACGME, RCPSC or CFPC; the exception for exceptionally qualified applicants is narrow), and its board rests on a primary board certification.',
    program: 'informatics_fellowship',
    competencies: ['domain_knowledge', 'systems_thinking', 'specificity', 'communication'],
    sections: [
      { section: 'motivation', minutes: 3, questionIds: ['motivation.why-informatics-not-clinical'] },
      { section: 'behavioural', minutes: 5, questionIds: ['behavioural.qi-project'] },
      {
        section: 'knowledge',
        minutes: 7,
        questionIds: ['knowledge.cpoe-and-decision-support', 'knowledge.interoperability-fhir'],
      },
      { section: 'candidate_questions', minutes: 5, questionIds: ['closing.questions-for-us'] },
    ],
  },
  {
    id: 'residency_fellowship.faculty.ai-and-data',
    track: 'residency_fellowship',
    persona: 'faculty',
    title: 'Faculty interview: AI, data sharing and information blocking (fellowship)',
    description:
      'A 20-minute faculty slot on current questions in informatics: AI in clinical care, what the Cures Act means for sharing records with patients, and privacy in data work. The fellowship follows a completed residency (ACGME, RCPSC or CFPC; the exception for exceptionally qualified applicants is narrow), and its board rests on a primary board certification.',
    program: 'informatics_fellowship',
    competencies: ['domain_knowledge', 'systems_thinking', 'communication'],
    sections: [
      {
        section: 'knowledge',
        minutes: 14,
        questionIds: ['knowledge.ai-in-clinical-care', 'knowledge.information-blocking', 'knowledge.privacy-hipaa'],
      },
      { section: 'candidate_questions', minutes: 5, questionIds: ['closing.questions-for-us'] },
    ],
  },
  {
    id: 'residency_fellowship.fellow',
    track: 'residency_fellowship',
    persona: 'fellow',
    title: 'Current resident conversation: culture, teamwork and pressure',
    description:
      'An 18-minute conversation with a current resident: how the applicant works in a team, handles a heavy day and looks after themselves outside work, and what they want to know about day-to-day life. Keep it conversational.',
    program: 'residency',
    competencies: ['structure', 'professionalism', 'communication', 'candidate_questions'],
    sections: [
      { section: 'opening', minutes: 4, questionIds: ['opening.tell-me-about-yourself'] },
      { section: 'behavioural', minutes: 9, questionIds: ['behavioural.conflict-in-team', 'behavioural.life-outside-medicine'] },
      { section: 'candidate_questions', minutes: 5, questionIds: ['closing.questions-for-fellows'] },
    ],
  },
  {
    id: 'residency_fellowship.informatics_partner',
    track: 'residency_fellowship',
    persona: 'informatics_partner',
    title: 'IT / informatics partner interview: clinicians, safety and systems (fellowship)',
    description:
      'A 20-minute slot with an IT or informatics partner: the applicant’s hands-on technology background, a frustrated clinician, alert fatigue and privacy in everyday data work, then their questions. The fellowship follows a completed residency (ACGME, RCPSC or CFPC; the exception for exceptionally qualified applicants is narrow), and its board rests on a primary board certification.',
    program: 'informatics_fellowship',
    competencies: ['systems_thinking', 'domain_knowledge', 'communication', 'professionalism'],
    sections: [
      { section: 'opening', minutes: 3, questionIds: ['opening.technology-background'] },
      { section: 'behavioural', minutes: 4, questionIds: ['behavioural.difficult-clinician'] },
      { section: 'knowledge', minutes: 8, questionIds: ['knowledge.alert-fatigue', 'knowledge.privacy-hipaa'] },
      { section: 'candidate_questions', minutes: 5, questionIds: ['closing.questions-for-us'] },
    ],
  },
  {
    id: 'residency_fellowship.program_director.img',
    track: 'residency_fellowship',
    persona: 'program_director',
    title: 'International medical graduate: program director interview (residency)',
    description:
      'A 20-minute residency slot with the questions international graduates meet most: a 30-second introduction, why this specialty and why train in this country, a brief factual visa answer, and their questions. The gap question is conditional: ask it only when the CV shows a gap. Interviewer: note pace, filler words and a flat, recited tone under communication.',
    program: 'residency',
    competencies: ['communication', 'motivation_fit', 'professionalism', 'candidate_questions'],
    sections: [
      { section: 'opening', minutes: 2, questionIds: ['opening.thirty-second-pitch'] },
      {
        section: 'motivation',
        minutes: 8,
        questionIds: ['motivation.why-this-specialty', 'img.why-train-in-this-country', 'img.visa-status'],
      },
      { section: 'behavioural', minutes: 3, questionIds: ['img.gap-in-training'] },
      { section: 'candidate_questions', minutes: 5, questionIds: ['closing.questions-for-us'] },
    ],
  },
  {
    id: 'residency_fellowship.program_director.img-application-review',
    track: 'residency_fellowship',
    persona: 'program_director',
    title: 'International medical graduate: the application’s red flags (residency)',
    description:
      'For a residency applicant whose application shows exam attempts, an older graduation year or a gap. Every question in the behavioural section is conditional: ask only the ones that apply, and use the freed time for probes. The aim is a calm, factual account, not a grilling.',
    program: 'residency',
    competencies: ['professionalism', 'communication', 'specificity'],
    sections: [
      { section: 'opening', minutes: 2, questionIds: ['opening.thirty-second-pitch'] },
      { section: 'motivation', minutes: 3, questionIds: ['motivation.why-this-specialty'] },
      {
        section: 'behavioural',
        minutes: 10,
        questionIds: ['img.exam-attempts', 'img.year-of-graduation', 'img.gap-in-training'],
      },
      { section: 'candidate_questions', minutes: 4, questionIds: ['closing.questions-for-us'] },
    ],
  },
  {
    id: 'residency_fellowship.faculty.img',
    track: 'residency_fellowship',
    persona: 'faculty',
    title: 'International medical graduate: faculty interview (fellowship)',
    description:
      'A 20-minute fellowship slot for a physician who trained abroad: eligibility (ask it only if their residency was outside ACGME, RCPSC or CFPC accreditation), limited local experience (only if the application shows little clinical work here), what another health system brings to informatics, and two workflow checks. The fellowship follows a completed residency (ACGME, RCPSC or CFPC; the exception for exceptionally qualified applicants is narrow), and its board rests on a primary board certification.',
    program: 'informatics_fellowship',
    competencies: ['domain_knowledge', 'motivation_fit', 'professionalism', 'communication'],
    sections: [
      { section: 'motivation', minutes: 6, questionIds: ['img.fellowship-eligibility', 'img.international-strength'] },
      { section: 'behavioural', minutes: 3, questionIds: ['img.limited-local-experience'] },
      { section: 'knowledge', minutes: 6, questionIds: ['knowledge.medication-reconciliation', 'knowledge.transitions-of-care'] },
      { section: 'candidate_questions', minutes: 5, questionIds: ['closing.questions-for-us'] },
    ],
  },
  {
    id: 'residency_fellowship.fellow.img',
    track: 'residency_fellowship',
    persona: 'fellow',
    title: 'International medical graduate: current resident conversation',
    description:
      'An 18-minute conversation with a current resident about settling in: why train here, adapting to a new health system, communicating across languages and cultures, and honest questions about daily life. Note pace, filler words and a flat delivery for the communication score.',
    program: 'residency',
    competencies: ['communication', 'professionalism', 'motivation_fit', 'candidate_questions'],
    sections: [
      { section: 'opening', minutes: 3, questionIds: ['opening.thirty-second-pitch'] },
      { section: 'motivation', minutes: 3, questionIds: ['img.why-train-in-this-country'] },
      {
        section: 'behavioural',
        minutes: 7,
        questionIds: ['img.adapting-to-new-health-system', 'img.communication-across-cultures'],
      },
      { section: 'candidate_questions', minutes: 5, questionIds: ['closing.questions-for-fellows'] },
    ],
  },
  {
    id: 'residency_fellowship.mmi_station',
    track: 'residency_fellowship',
    persona: 'mmi_station',
    title: 'MMI station: A colleague who may be impaired',
    description:
      'An 8-minute multiple mini-interview station: the candidate reads the scenario (about two minutes), then discusses it for five to six minutes while the assessor uses the probes. Scored on reasoning and communication, not on reaching one right answer.',
    program: 'residency',
    competencies: ['ethical_reasoning', 'communication', 'professionalism'],
    sections: [{ section: 'station', minutes: 8, questionIds: ['station.colleague-impairment'] }],
  },
  {
    id: 'residency_fellowship.mmi_station.unprofessional-remarks',
    track: 'residency_fellowship',
    persona: 'mmi_station',
    title: 'MMI station: Demeaning remarks about a patient',
    description:
      'An 8-minute multiple mini-interview station: the candidate reads the scenario (about two minutes), then discusses it for five to six minutes while the assessor uses the probes. Scored on reasoning and communication, not on reaching one right answer.',
    program: 'residency',
    competencies: ['ethical_reasoning', 'communication', 'professionalism'],
    sections: [{ section: 'station', minutes: 8, questionIds: ['station.unprofessional-remarks'] }],
  },
  {
    id: 'residency_fellowship.mmi_station.disclosure-of-error',
    track: 'residency_fellowship',
    persona: 'mmi_station',
    title: 'MMI station: Telling a patient about an error',
    description:
      'An 8-minute multiple mini-interview station: the candidate reads the scenario (about two minutes), then discusses it for five to six minutes while the assessor uses the probes. Scored on reasoning and communication, not on reaching one right answer.',
    program: 'residency',
    competencies: ['ethical_reasoning', 'communication', 'professionalism'],
    sections: [{ section: 'station', minutes: 8, questionIds: ['station.disclosure-of-error'] }],
  },
  {
    id: 'residency_fellowship.mmi_station.capacity-refusal',
    track: 'residency_fellowship',
    persona: 'mmi_station',
    title: 'MMI station: A patient who wants to leave',
    description:
      'An 8-minute multiple mini-interview station: the candidate reads the scenario (about two minutes), then discusses it for five to six minutes while the assessor uses the probes. Scored on reasoning and communication, not on reaching one right answer.',
    program: 'residency',
    competencies: ['ethical_reasoning', 'communication', 'professionalism'],
    sections: [{ section: 'station', minutes: 8, questionIds: ['station.capacity-refusal'] }],
  },
  {
    id: 'residency_fellowship.mmi_station.confidentiality-family',
    track: 'residency_fellowship',
    persona: 'mmi_station',
    title: 'MMI station: A relative asks for results',
    description:
      'An 8-minute multiple mini-interview station: the candidate reads the scenario (about two minutes), then discusses it for five to six minutes while the assessor uses the probes. Scored on reasoning and communication, not on reaching one right answer.',
    program: 'residency',
    competencies: ['ethical_reasoning', 'communication', 'professionalism'],
    sections: [{ section: 'station', minutes: 8, questionIds: ['station.confidentiality-family'] }],
  },
  {
    id: 'residency_fellowship.mmi_station.scarce-resource',
    track: 'residency_fellowship',
    persona: 'mmi_station',
    title: 'MMI station: One bed, two patients',
    description:
      'An 8-minute multiple mini-interview station: the candidate reads the scenario (about two minutes), then discusses it for five to six minutes while the assessor uses the probes. Scored on reasoning and communication, not on reaching one right answer.',
    program: 'residency',
    competencies: ['ethical_reasoning', 'communication', 'professionalism'],
    sections: [{ section: 'station', minutes: 8, questionIds: ['station.scarce-resource'] }],
  },
  {
    id: 'residency_fellowship.mmi_station.falsified-logbook',
    track: 'residency_fellowship',
    persona: 'mmi_station',
    title: 'MMI station: A colleague asks you to sign off',
    description:
      'An 8-minute multiple mini-interview station: the candidate reads the scenario (about two minutes), then discusses it for five to six minutes while the assessor uses the probes. Scored on reasoning and communication, not on reaching one right answer.',
    program: 'residency',
    competencies: ['ethical_reasoning', 'communication', 'professionalism'],
    sections: [{ section: 'station', minutes: 8, questionIds: ['station.falsified-logbook'] }],
  },
  {
    id: 'residency_fellowship.mmi_station.interpreter-consent',
    track: 'residency_fellowship',
    persona: 'mmi_station',
    title: 'MMI station: Consent through a family interpreter',
    description:
      'An 8-minute multiple mini-interview station: the candidate reads the scenario (about two minutes), then discusses it for five to six minutes while the assessor uses the probes. Scored on reasoning and communication, not on reaching one right answer.',
    program: 'residency',
    competencies: ['ethical_reasoning', 'communication', 'professionalism'],
    sections: [{ section: 'station', minutes: 8, questionIds: ['station.interpreter-consent'] }],
  },
  {
    id: 'residency_fellowship.mmi_station.biased-risk-model',
    track: 'residency_fellowship',
    persona: 'mmi_station',
    title: 'MMI station: A risk model that may be unfair',
    description:
      'An 8-minute multiple mini-interview station: the candidate reads the scenario (about two minutes), then discusses it for five to six minutes while the assessor uses the probes. Scored on reasoning and communication, not on reaching one right answer.',
    program: 'residency',
    competencies: ['ethical_reasoning', 'communication', 'professionalism'],
    sections: [{ section: 'station', minutes: 8, questionIds: ['station.biased-risk-model'] }],
  },
  {
    id: 'residency_fellowship.mmi_station.ai-scribe-consent',
    track: 'residency_fellowship',
    persona: 'mmi_station',
    title: 'MMI station: An AI scribe in clinic',
    description:
      'An 8-minute multiple mini-interview station: the candidate reads the scenario (about two minutes), then discusses it for five to six minutes while the assessor uses the probes. Scored on reasoning and communication, not on reaching one right answer.',
    program: 'residency',
    competencies: ['ethical_reasoning', 'communication', 'professionalism'],
    sections: [{ section: 'station', minutes: 8, questionIds: ['station.ai-scribe-consent'] }],
  },
  {
    id: 'residency_fellowship.mmi_station.downtime-triage',
    track: 'residency_fellowship',
    persona: 'mmi_station',
    title: 'MMI station: Triage during an EHR outage',
    description:
      'An 8-minute multiple mini-interview station: the candidate reads the scenario (about two minutes), then discusses it for five to six minutes while the assessor uses the probes. Scored on reasoning and communication, not on reaching one right answer.',
    program: 'residency',
    competencies: ['ethical_reasoning', 'communication', 'professionalism'],
    sections: [{ section: 'station', minutes: 8, questionIds: ['station.downtime-triage'] }],
  },
  {
    id: 'residency_fellowship.mmi_station.colleague-snooping',
    track: 'residency_fellowship',
    persona: 'mmi_station',
    title: 'MMI station: A colleague looking at a chart',
    description:
      'An 8-minute multiple mini-interview station: the candidate reads the scenario (about two minutes), then discusses it for five to six minutes while the assessor uses the probes. Scored on reasoning and communication, not on reaching one right answer.',
    program: 'residency',
    competencies: ['ethical_reasoning', 'communication', 'professionalism'],
    sections: [{ section: 'station', minutes: 8, questionIds: ['station.colleague-snooping'] }],
  },
  {
    id: 'healthcare_job.hiring_manager',
    track: 'healthcare_job',
    persona: 'hiring_manager',
    title: 'Hiring manager interview',
    description:
      'A 25-minute one-to-one with the manager who would supervise the role: why this organisation, accountability for a mistake, working with a frustrated clinician, patient safety and a request to share a login. Answers are judged against the candidate’s level (entry, mid-career or senior).',
    competencies: ['structure', 'systems_thinking', 'motivation_fit', 'professionalism'],
    sections: [
      { section: 'opening', minutes: 3, questionIds: ['opening.tell-me-about-yourself'] },
      { section: 'motivation', minutes: 3, questionIds: ['motivation.why-healthcare-and-this-role'] },
      {
        section: 'behavioural',
        minutes: 8,
        questionIds: ['behavioural.mistake-what-changed', 'behavioural.difficult-clinician'],
      },
      {
        section: 'knowledge',
        minutes: 6,
        questionIds: ['healthcare_it.protecting-patient-safety', 'healthcare_it.shared-login-request'],
      },
      { section: 'candidate_questions', minutes: 5, questionIds: ['closing.questions-for-us'] },
    ],
  },
  {
    id: 'healthcare_job.panel',
    track: 'healthcare_job',
    persona: 'panel',
    title: 'Panel interview',
    description:
      'Several interviewers take turns over 26 minutes, so answers must stay structured and concise: the CV, motivation, conflict and difficult families, keeping current with regulations and privacy, an accomplishment, and a closing pitch.',
    competencies: ['structure', 'specificity', 'communication', 'domain_knowledge'],
    sections: [
      { section: 'opening', minutes: 3, questionIds: ['opening.walk-me-through-your-cv'] },
      { section: 'motivation', minutes: 3, questionIds: ['motivation.why-healthcare-and-this-role'] },
      {
        section: 'behavioural',
        minutes: 8,
        questionIds: ['behavioural.conflict-in-team', 'behavioural.difficult-patient-family'],
      },
      {
        section: 'knowledge',
        minutes: 9,
        questionIds: [
          'healthcare_it.staying-current-regulations',
          'knowledge.privacy-hipaa',
          'healthcare_it.proudest-accomplishment',
        ],
      },
      { section: 'closing', minutes: 3, questionIds: ['closing.final-pitch'] },
    ],
  },
  {
    id: 'healthcare_job.hiring_manager.clinical-analyst',
    track: 'healthcare_job',
    persona: 'hiring_manager',
    title: 'Clinical / EHR analyst interview',
    description:
      'For a clinical or EHR analyst role: turning a build request into requirements, an interface feed that stopped overnight, competing requests, and EHR downtime. 22 minutes.',
    competencies: ['systems_thinking', 'structure', 'domain_knowledge', 'communication'],
    sections: [
      { section: 'opening', minutes: 3, questionIds: ['opening.technology-background'] },
      {
        section: 'knowledge',
        minutes: 14,
        questionIds: [
          'healthcare_it.build-request-requirements',
          'healthcare_it.interface-feed-stopped',
          'healthcare_it.prioritising-requests',
        ],
      },
      { section: 'candidate_questions', minutes: 5, questionIds: ['closing.questions-for-us'] },
    ],
  },
  {
    id: 'healthcare_job.hiring_manager.nurse-informaticist',
    track: 'healthcare_job',
    persona: 'hiring_manager',
    title: 'Nurse informaticist interview',
    description:
      'For a nurse informaticist: supporting a go-live at night, training busy clinicians, alert fatigue and patient safety in a technical role. 22 minutes.',
    competencies: ['systems_thinking', 'communication', 'domain_knowledge', 'professionalism'],
    sections: [
      { section: 'opening', minutes: 3, questionIds: ['opening.tell-me-about-yourself'] },
      {
        section: 'knowledge',
        minutes: 14,
        questionIds: ['healthcare_it.go-live-support', 'healthcare_it.training-busy-clinicians', 'knowledge.alert-fatigue'],
      },
      { section: 'candidate_questions', minutes: 5, questionIds: ['closing.questions-for-us'] },
    ],
  },
  {
    id: 'healthcare_job.hiring_manager.data-analyst',
    track: 'healthcare_job',
    persona: 'hiring_manager',
    title: 'Reporting / data analyst interview',
    description:
      'For a reporting or data analyst: a report request, measures and registries, privacy in data requests, and prioritising the queue. 21 minutes.',
    competencies: ['domain_knowledge', 'systems_thinking', 'specificity', 'communication'],
    sections: [
      { section: 'opening', minutes: 3, questionIds: ['opening.technology-background'] },
      {
        section: 'knowledge',
        minutes: 13,
        questionIds: ['healthcare_it.report-request', 'knowledge.registries-quality-measures', 'knowledge.privacy-hipaa'],
      },
      { section: 'candidate_questions', minutes: 5, questionIds: ['closing.questions-for-us'] },
    ],
  },
  {
    id: 'healthcare_job.hiring_manager.project-manager',
    track: 'healthcare_job',
    persona: 'hiring_manager',
    title: 'Implementation / project manager interview',
    description:
      'For an implementation or project manager: a project behind schedule, a vendor whose update broke a workflow, go-live change management, and leading people who do not report to you. 24 minutes.',
    competencies: ['structure', 'systems_thinking', 'professionalism', 'communication'],
    sections: [
      { section: 'behavioural', minutes: 4, questionIds: ['behavioural.leading-without-authority'] },
      {
        section: 'knowledge',
        minutes: 15,
        questionIds: [
          'healthcare_it.project-behind-schedule',
          'healthcare_it.vendor-issue',
          'knowledge.change-management-go-live',
        ],
      },
      { section: 'candidate_questions', minutes: 5, questionIds: ['closing.questions-for-us'] },
    ],
  },
  {
    id: 'informational.professional',
    track: 'informational',
    persona: 'professional',
    title: 'Informational interview with a professional',
    description:
      'The roles are reversed: the student runs a 26-minute conversation with a professional. After a short introduction, the student works through a few prepared questions about the work, the path and life outside work, following up on what they hear rather than racing through a list. The student closes on time, asks to stay in contact, and thanks the professional for their time and advice, then sends a short note within a day.',
    competencies: ['candidate_questions', 'communication', 'professionalism'],
    sections: [
      { section: 'opening', minutes: 2, questionIds: ['opening.informational-introduce-yourself'] },
      {
        section: 'candidate_questions',
        minutes: 19,
        questionIds: [
          'informational.typical-workday',
          'informational.career-path',
          'informational.work-life',
          'informational.advice-starting-out',
        ],
      },
      { section: 'closing', minutes: 5, questionIds: ['closing.informational-wrap-up', 'informational.may-i-stay-in-contact'] },
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
];

/** The default scripts of the personas a skeptical round suits (in an informational interview the student leads). */
const SKEPTICAL_ROUNDS: readonly { base: string; overrides?: Parameters<typeof skepticalVariantOf>[1] }[] = [
  {
    base: 'residency_fellowship.program_director',
    // A weakness and a mistake are where a doubting director presses hardest.
    overrides: {
      competencies: ['structure', 'specificity', 'professionalism'],
      sections: [
        { section: 'opening', minutes: 3, questionIds: ['opening.thirty-second-pitch'] },
        { section: 'motivation', minutes: 4, questionIds: ['motivation.why-this-program'] },
        {
          section: 'behavioural',
          minutes: 9,
          questionIds: ['behavioural.mistake-what-changed', 'behavioural.greatest-weakness'],
        },
        { section: 'closing', minutes: 2, questionIds: ['closing.anything-else'] },
      ],
    },
  },
  { base: 'residency_fellowship.faculty' },
  { base: 'residency_fellowship.fellow' },
  { base: 'residency_fellowship.informatics_partner' },
  { base: 'residency_fellowship.mmi_station' },
  { base: 'healthcare_job.hiring_manager' },
  { base: 'healthcare_job.panel' },
];

const scriptById = (id: string): BuiltInScript => {
  const script = SCRIPTS.find((candidate) => candidate.id === id);
  if (!script) throw new Error(`no built-in script "${id}"`);
  return script;
};

export const BUILT_IN_SCRIPTS: readonly BuiltInScript[] = [
  ...SCRIPTS,
  ...SKEPTICAL_ROUNDS.map(({ base, overrides }) => skepticalVariantOf(scriptById(base), overrides)),
];
