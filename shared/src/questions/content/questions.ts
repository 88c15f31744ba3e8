import type { BuiltInQuestion } from '../question.schema.js';

/**
 * The question bank that ships with Rounds.
 *
 * Topics, timings and frameworks follow DOMAIN.md and the seed articles; every prompt, hint and
 * descriptor is written for Rounds. Ids are stable (`family.slug`): scripts, saved sessions and
 * feedback refer to them, so never rename one — add a new question instead.
 *
 * Informational-track questions are the reverse of the others: the prompt is what the student asks
 * the professional, `assesses` describes good asking and listening, and the probes are follow-ups
 * the student can use.
 */
export const BUILT_IN_QUESTIONS: readonly BuiltInQuestion[] = [
  // ───────────────────────────── Opening and narrative ─────────────────────────────
  {
    id: 'opening.tell-me-about-yourself',
    family: 'opening',
    prompt: 'Tell me about yourself.',
    assesses:
      'Whether the candidate can tell a short, coherent story that explains how they got here and why this role or program is the logical next step, instead of reciting the CV line by line. Note the delivery for the communication score: pace, filler words, and a flat or memorised tone.',
    probes: [
      'What is the one experience from that story you would want us to remember?',
      'How does this role or program fit into where you want to be in five years?',
      'You mentioned a turning point — what exactly happened there?',
    ],
    frameworkHint:
      'Present → past → future: where you are now, the two or three steps that led here (each with one concrete detail), and why this opportunity is the next step. Keep three rehearsed lengths: a 30-second pitch, a 2-minute default for this question, and a 5-minute version for a long, conversational interview.',
    competencies: ['structure', 'communication', 'motivation_fit'],
    tracks: ['residency_fellowship', 'healthcare_job'],
    personas: ['program_director', 'faculty', 'fellow', 'informatics_partner', 'hiring_manager', 'panel'],
    levelExpectations: {},
    levelExpectationsByTrack: {
      residency_fellowship: {
        entry:
          'Medical school, one clinical moment told with a real detail, and why this specialty and program are the natural next step — in about two minutes.',
        mid: 'Training so far, a thread that runs through it (a patient problem, a project), and how fellowship or this program builds on what residency has taught them.',
        senior:
          'Years of practice summed up in a sentence or two, the recurring problem that pulls them toward this training, and what they will bring from practice to the group.',
      },
      healthcare_job: {
        entry:
          'Training or education, one hands-on experience told with a real detail (a rotation, a project, a job), and a clear reason this role is the right first step.',
        mid: 'A career arc with a visible thread, one or two outcomes with numbers or named results, and why this move builds on what they have already done.',
        senior:
          'The scope they have led (teams, budgets, systems), the impact they are known for, and what they want to build next in this organisation — delivered in two minutes without drifting into a biography.',
      },
    },
    targetSeconds: 120,
  },
  {
    id: 'opening.thirty-second-pitch',
    family: 'opening',
    prompt: 'Give me the thirty-second version of who you are.',
    assesses:
      'Whether the candidate has a crisp elevator pitch — identity, one distinguishing strength and a clear goal — and can stop on time. Listen to the delivery as much as the words: a rushed pace, filler words (“um”, “so”, “basically”) or a flat, recited tone are what to note under communication, especially for someone speaking in a second language.',
    probes: [
      'What are you looking for next?',
      'If you had to cut that to one sentence, what would stay?',
      'What is the one thing you want us to remember about you?',
    ],
    frameworkHint:
      'Three sentences: who you are professionally, the one strength or experience that sets you apart, and what you are looking for next. Rehearse it aloud and record it until it lands in about 30 seconds at an unhurried pace, with a pause after each sentence instead of a filler; this is the short sibling of the 2-minute "tell me about yourself" and the 5-minute long version.',
    competencies: ['communication', 'structure'],
    tracks: ['residency_fellowship', 'healthcare_job'],
    personas: ['program_director', 'faculty', 'fellow', 'informatics_partner', 'hiring_manager', 'panel'],
    levelExpectations: {},
    levelExpectationsByTrack: {
      healthcare_job: {
        entry: 'Their training or current role, one strength with a detail, and the role they want — in about 30 seconds.',
        mid: 'Years and scope in a sentence, the result they are known for, and why this move — calm, no filler.',
        senior: 'The remit they have led, one outcome, and what they want to build here — said slowly enough to land.',
      },
      residency_fellowship: {
        entry:
          'Student stage, the one experience that sets them apart, and the residency they want — under 30 seconds, at an even pace.',
        mid: 'Specialty and year, the thread that leads to this fellowship, and what they want from it — crisp, calm, no filler.',
        senior:
          'Their practice, the problem that brings them back to training, and what they offer — said slowly enough to land.',
      },
    },
    targetSeconds: 30,
  },
  {
    id: 'opening.walk-me-through-your-cv',
    family: 'opening',
    prompt: 'Walk me through your CV.',
    assesses:
      'Whether the candidate can give a guided tour of their record that explains transitions and choices, owns any gaps or detours up front, and highlights what matters for this position.',
    probes: [
      'Why did you make the move from that role to the next one?',
      'What are you proudest of on this page?',
      'What is missing from this page that you would want us to know?',
    ],
    frameworkHint:
      'Go in order but do not read the document: for each stage give what you did, one result, and why you moved on. Name gaps or changes of direction yourself, briefly and factually, before the interviewer has to ask. Finish by linking the whole path to this role.',
    competencies: ['structure', 'specificity', 'professionalism'],
    tracks: ['residency_fellowship', 'healthcare_job'],
    personas: ['program_director', 'faculty', 'hiring_manager', 'panel'],
    levelExpectations: {},
    levelExpectationsByTrack: {
      residency_fellowship: {
        entry:
          'Medical school, rotations, research or service, each tied to something they learned; any gap or exam delay named plainly.',
        mid: 'Residency and the choices within it (electives, QI or research, teaching), with one result per stop and the reason for applying now.',
        senior:
          'Practice roles and any leadership or committee work, framed as the problems they took on, plus why they are returning to training.',
      },
      healthcare_job: {
        entry:
          'Education, clinical or work placements and any projects, each linked to a skill the role needs; part-time or volunteer work is fair game.',
        mid: 'Fewer, deeper stops: the roles that shaped them, a measurable result in each, and a clear reason for each move.',
        senior:
          'A leadership narrative — the problems they were hired to solve, what they built or turned around, and how their remit grew — rather than a list of titles.',
      },
    },
    targetSeconds: 120,
  },
  {
    id: 'opening.five-minute-story',
    family: 'opening',
    prompt: 'We have a bit more time than usual. Take me through your path to clinical informatics in more depth.',
    assesses:
      'Whether the candidate can sustain a longer narrative that stays organised: where they started, the problem that drew them toward systems work, what they have already done about it, and where they are heading. Over five minutes delivery shows: note whether the pace stays steady (slightly slower is clearer for a second-language speaker), whether fillers creep in as the story goes on, and whether the voice stays alive or goes flat.',
    probes: [
      'Which clinical problem made you start thinking about systems rather than single patients?',
      'What have you already done about it, even on a small scale?',
      'Has your thinking changed since you wrote your statement or application?',
    ],
    frameworkHint:
      'The 5-minute version of "tell me about yourself", in four parts: where you trained and what you cared about; the recurring problem that pulled you toward workflows, data or design; the concrete steps you have taken (QI work, data projects, EHR involvement, courses); and the kind of work you want to lead. Keep it consistent with your written application.',
    competencies: ['structure', 'motivation_fit', 'specificity'],
    tracks: ['residency_fellowship'],
    personas: ['program_director', 'faculty'],
    levelExpectations: {
      entry:
        'A residency applicant with an informatics interest tells the path so far — the clinical problems that caught their attention and any project, however small — and says plainly that the fellowship comes after residency.',
      mid: 'Residency told through the problems they kept meeting, what they did about them, and the fellowship work they want to do — five minutes without losing the thread.',
      senior:
        'A practice career read as a path toward informatics: the systems they worked inside, changes they pushed for, and what they now want to lead.',
    },
    targetSeconds: 300,
  },
  {
    id: 'opening.technology-background',
    family: 'opening',
    prompt: 'Which clinical systems and technology have you actually used, configured or built?',
    assesses:
      'Technical fluency at the right level: honest description of systems used (EHRs, order sets, dashboards, spreadsheets, data tools), the depth of involvement, and curiosity about learning more — not a claim to be a programmer.',
    probes: [
      'What would you change about the system you have used most?',
      'Have you ever been on the other side — requesting, testing or building a change?',
      'What technical skill are you working on right now?',
    ],
    frameworkHint:
      'Inventory, then depth: name the systems you know, pick one where you went beyond everyday use (super-user, testing, a build request, a data pull), and say what you learned about how clinicians and technology interact. Be precise about your level; overclaiming is easy to expose.',
    competencies: ['domain_knowledge', 'specificity', 'communication'],
    tracks: ['residency_fellowship', 'healthcare_job'],
    personas: ['informatics_partner', 'faculty', 'hiring_manager'],
    levelExpectations: {},
    levelExpectationsByTrack: {
      residency_fellowship: {
        entry:
          'The EHRs and tools met on rotations described honestly, any course or self-taught data skill, and curiosity about how the systems are built.',
        mid: 'Daily EHR use as a resident, plus one time they went further: an order-set request, super-user duty, a data pull for a QI project.',
        senior:
          'Years as an end user and often a champion: changes they requested, testing or go-live support, and what that taught them about clinicians and IT.',
      },
      healthcare_job: {
        entry:
          'Everyday use of one or two systems described concretely, plus any course or self-taught skill (basic SQL, spreadsheets, analytics) and a plan to grow.',
        mid: 'Hands-on involvement in configuration, testing, training or reporting, with an example of a change they helped deliver.',
        senior:
          'Ownership of systems or implementations, vendor relationships, and how they decided what to build and what to leave alone.',
      },
    },
    targetSeconds: 90,
  },
  {
    id: 'opening.describe-current-role',
    family: 'opening',
    prompt: 'What are you accountable for in your current role?',
    assesses:
      'Whether the candidate understands their job as outcomes for other people rather than a task list, and can name how success is measured.',
    probes: [
      'How do you know you are doing it well?',
      'What does a bad week look like in that role?',
      'Which of your responsibilities would carry over to this position?',
    ],
    frameworkHint:
      'Customers → responsibilities → measures: who depends on you, the two or three things you own, and the evidence (metrics, feedback, service levels) that shows how well you deliver. Close with the part that best prepares you for this role.',
    competencies: ['specificity', 'communication', 'structure'],
    tracks: ['healthcare_job'],
    personas: ['hiring_manager', 'panel'],
    levelExpectations: {
      entry: 'A clear picture of daily duties and the people served, and at least one way their work is checked or measured.',
      mid: 'Ownership of a process or service with measures they track and an improvement they made to it.',
      senior: 'Accountability for a team or function: its goals, budget or headcount, and the few indicators they report upward.',
    },
    targetSeconds: 90,
  },
  {
    id: 'opening.personal-statement-expand',
    family: 'opening',
    prompt: 'Your personal statement mentions an experience that shaped you. What did it change for you?',
    assesses:
      'Authenticity and consistency between the written application and the spoken story, and whether the candidate can reflect on an experience rather than repeat the paragraph.',
    probes: ['What did you leave out of the written version?', 'What did you do differently afterwards because of it?'],
    frameworkHint:
      'Tell the moment in a few concrete details, then spend most of the time on what it changed: a decision you made, a project you started, a way you now work. Match the facts in your application exactly.',
    competencies: ['motivation_fit', 'specificity', 'communication'],
    tracks: ['residency_fellowship'],
    personas: ['program_director', 'faculty'],
    levelExpectations: {},
    levelExpectationsByTrack: {
      residency_fellowship: {
        entry: 'The experience told with new detail beyond the statement, and the decision it led to.',
        mid: 'How the experience shaped choices in residency and the fellowship application, consistent with the written version.',
        senior: 'How the experience still shapes their practice and why it now leads back to training.',
      },
    },
    targetSeconds: 90,
  },
  {
    id: 'opening.informational-introduce-yourself',
    family: 'opening',
    prompt: 'Thanks for reaching out. Before we start, tell me a little about yourself.',
    assesses:
      'The student’s 30-second introduction: who they are, what they are exploring, how they found this professional, and a clear purpose for the call — showing respect for the professional’s time.',
    probes: [
      'What would you like to get out of our conversation?',
      'What made you want to talk to someone in my role specifically?',
      'How much time have you planned for today?',
    ],
    frameworkHint:
      'A 30-second pitch for an informational interview: your name and year or stage, the field you are exploring and why, who referred you (if anyone), and what you hope to learn. Confirm the time you agreed (usually 20–30 minutes) so the professional knows you will keep to it.',
    competencies: ['communication', 'professionalism'],
    tracks: ['informational'],
    personas: ['professional'],
    levelExpectations: {
      entry: 'Name, year and what they are exploring in 30 seconds, and confirms the time agreed.',
      mid: 'Adds where they are in applying and what they want to learn that they cannot read online.',
      senior: 'Explains the previous career briefly, why they are changing, and what they hope this conversation settles.',
    },
    targetSeconds: 30,
  },

  // ───────────────────────────── Motivation and fit ─────────────────────────────
  {
    id: 'motivation.why-clinical-informatics',
    family: 'motivation',
    prompt: 'Why clinical informatics?',
    assesses:
      'Genuine, experience-based motivation: a real clinical problem the candidate has seen, an understanding of what informatics work involves, and evidence they have already acted on the interest.',
    probes: [
      'Tell me about the specific problem that made you think this way.',
      'What have you already done about that interest?',
      'What part of informatics work do you expect to find hardest?',
    ],
    frameworkHint:
      'Problem → insight → action → direction: a recurring problem you saw in practice (lost results, unsafe handoffs, medication errors), why it was a system problem no single clinician could fix, what you have done since (QI, data, EHR work, courses), and the informatics work you want to do next.',
    competencies: ['motivation_fit', 'specificity', 'systems_thinking'],
    tracks: ['residency_fellowship'],
    personas: ['program_director', 'faculty', 'fellow', 'informatics_partner'],
    levelExpectations: {
      entry:
        'A residency applicant who raises informatics: a problem seen on rotations, a small step already taken, and an accurate picture of the route (residency first, the fellowship after it).',
      mid: 'Recurring problems from residency, QI or EHR work already done, and a realistic picture of informatics fellowship work.',
      senior:
        'Problems met over years of practice, the changes they have already championed, and why formal training is the next step rather than more side work.',
    },
    targetSeconds: 90,
  },
  {
    id: 'motivation.why-informatics-not-clinical',
    family: 'motivation',
    prompt: 'You could keep going on a purely clinical path. Why add informatics instead?',
    assesses:
      'Whether the candidate sees informatics as a way to multiply their clinical impact — going after causes that repeat across many patients — rather than as a route away from patient care.',
    probes: [
      'How much clinical work do you want to keep, and why?',
      'Which problem have you met that you could not have solved at the bedside?',
    ],
    frameworkHint:
      'Impact at scale: say what you still value about caring for one patient at a time, describe a problem you kept meeting that no amount of individual effort fixed, and explain how informatics lets you go after why it keeps happening. Say how you plan to keep a clinical foot in the door.',
    competencies: ['motivation_fit', 'systems_thinking', 'communication'],
    tracks: ['residency_fellowship'],
    personas: ['program_director', 'faculty', 'informatics_partner'],
    levelExpectations: {
      entry:
        'A residency applicant who mentions informatics: why they want clinical training first, and a realistic sense of how the two could combine later.',
      mid: 'How they plan to combine clinical time with informatics, and why residency convinced them the system level needs them.',
      senior:
        'What practice alone could not fix, how they will keep a clinical footing, and what their experience adds to informatics teams.',
    },
    targetSeconds: 90,
  },
  {
    id: 'motivation.why-this-program',
    family: 'motivation',
    prompt: 'Why our program in particular?',
    assesses:
      'Research and fit: whether the candidate can name concrete features of this program and connect them to their own goals and to what they would contribute. Generic praise that fits any program scores low.',
    probes: [
      'Which of our current projects would you want to join, and why?',
      'What would you bring to our program that others might not?',
      'What would you want to be able to do by the end of your first year here?',
    ],
    frameworkHint:
      'Specificity wins: name two or three things that are true only here (a faculty project or publication, the EHR environment, how trainees join governance or optimisation work, a patient population), tie each to your goals, and add one way your background could help their ongoing work.',
    competencies: ['motivation_fit', 'specificity'],
    tracks: ['residency_fellowship'],
    personas: ['program_director', 'faculty', 'fellow'],
    levelExpectations: {
      entry:
        'Two or three specifics from the program’s own materials, each tied to their interests; nothing that fits every program.',
      mid: 'Named faculty, projects or rotations that match their residency experience, and what they would contribute.',
      senior:
        'Why this institution’s systems and projects fit the experience they bring, and the role they would take in the group.',
    },
    targetSeconds: 90,
  },
  {
    id: 'motivation.career-goals',
    family: 'motivation',
    prompt: 'Where do you see yourself five years from now?',
    assesses:
      'Whether the candidate has a realistic, considered direction that this role or program plausibly serves, and enough flexibility to adjust as they learn.',
    probes: [
      'What kind of role or title would tell you that you got there?',
      'How does this position move you toward that?',
      'What would make you change that plan?',
    ],
    frameworkHint:
      'Direction, not a fixed title: describe the kind of work and impact you want, the skills you need to build to get there, and how this opportunity supplies them. Show you have thought about it without sounding as though you are already planning to leave.',
    competencies: ['motivation_fit', 'communication'],
    tracks: ['residency_fellowship', 'healthcare_job'],
    personas: ['program_director', 'faculty', 'hiring_manager', 'panel'],
    levelExpectations: {},
    levelExpectationsByTrack: {
      residency_fellowship: {
        entry:
          'A direction rather than a fixed plan: the kind of practice or informatics work they picture, and what they need to learn first.',
        mid: 'A five-to-ten-year picture combining clinical work and informatics, and the gaps this training fills.',
        senior:
          'A concrete role they intend to hold (a clinical informatics lead, a CMIO track), and how their practice years shape it.',
      },
      healthcare_job: {
        entry:
          'Mastering the role first, then a credible next step (a certification, super-user or analyst work, more responsibility) that grows from it.',
        mid: 'A defined specialisation or leadership direction, with the gaps this role would fill.',
        senior:
          'The organisational impact they want to have had — programs built, people developed — and how this post is the platform for it.',
      },
    },
    targetSeconds: 90,
  },
  {
    id: 'motivation.project-you-would-do-here',
    family: 'motivation',
    prompt: 'If you joined us, what informatics or quality-improvement project would you want to work on?',
    assesses:
      'Whether the candidate has looked at the institution’s real work and can frame a feasible project: a clear problem, a measurable aim, the people involved and a sensible first step.',
    probes: [
      'How would you know whether it worked?',
      'Who would you need on your side to get it done?',
      'How would you notice early if it started to go wrong?',
    ],
    frameworkHint:
      'Problem → aim → measure → people → first test: a problem you have seen (ideally one this institution is already working on), what "better" would look like in numbers, the clinicians and IT staff involved, and a small first test you could run in the first months.',
    competencies: ['motivation_fit', 'systems_thinking', 'domain_knowledge'],
    tracks: ['residency_fellowship'],
    personas: ['faculty', 'program_director', 'informatics_partner'],
    levelExpectations: {
      entry:
        'A residency applicant: a small QI or data project a first-year resident could join, grounded in something seen as a student, with one measure.',
      mid: 'A project grounded in a problem from residency, scoped to fellowship length, with a measure of success.',
      senior: 'A project drawing on their practice experience, with stakeholders, a measure and a realistic timeline.',
    },
    targetSeconds: 120,
  },
  {
    id: 'motivation.ideal-training-culture',
    family: 'motivation',
    prompt: 'What are you looking for in a program’s culture?',
    assesses:
      'Self-awareness about the environment in which the candidate does their best work, and whether that matches how this group actually works together.',
    probes: [
      'What do you want from the people you would train alongside?',
      'Where have you seen that culture work, in a team you were part of?',
      'How do you like to get feedback from peers?',
    ],
    frameworkHint:
      'Describe two or three qualities you value (for example: people who share work when someone is swamped, honest feedback, curiosity), give a short example from a team you have been in, and say what you add to a group in return.',
    competencies: ['motivation_fit', 'professionalism'],
    tracks: ['residency_fellowship'],
    personas: ['fellow', 'program_director'],
    levelExpectations: {
      entry: 'What helped them learn as a student (feedback, approachable seniors) and how they contribute to a team’s culture.',
      mid: 'What made residency teams work well or badly, and what they do themselves to support colleagues.',
      senior:
        'What they have learned about teams from practice and how they will be a good colleague while returning to a trainee role.',
    },
    targetSeconds: 60,
  },
  {
    id: 'motivation.why-healthcare-and-this-role',
    family: 'motivation',
    prompt: 'What draws you to this role in healthcare?',
    assesses:
      'Whether motivation is grounded in a real experience and connected to this organisation’s work. A generic passion for helping people does not distinguish the candidate.',
    probes: [
      'What was the moment you knew healthcare was the field for you?',
      'What in our organisation’s work connects to that?',
      'Why this role rather than a similar one elsewhere?',
    ],
    frameworkHint:
      'Specificity: one concrete experience that drew you to healthcare, then a bridge to something particular about this organisation (its specialties, patient population, a recent initiative, its place in the community) and how the role lets you contribute to it.',
    competencies: ['motivation_fit', 'specificity'],
    tracks: ['healthcare_job'],
    personas: ['hiring_manager', 'panel'],
    levelExpectations: {
      entry:
        'One real experience (a family illness, a course, a volunteer shift) and a named feature of this organisation it connects to.',
      mid: 'Shows the choices in their career so far pointing toward this type of role, and what they have learned that this organisation needs.',
      senior:
        'Names a challenge the organisation is facing now, how they have led through something similar, and the first area where they would expect to add value.',
    },
    targetSeconds: 90,
  },
  {
    id: 'motivation.what-do-you-know-about-us',
    family: 'motivation',
    prompt: 'What do you know about our organisation?',
    assesses:
      'Preparation and genuine interest: whether the candidate has researched the organisation’s history, mission, services and recent news, and can say why that matters to them.',
    probes: ['Which part of our recent work interests you most?', 'What do you think is our biggest challenge right now?'],
    frameworkHint:
      'Three layers: a fact or story from the organisation’s history or mission, something current (a new service, an initiative, an award, a system change), and why that resonates with you. Hospitals are proud of their stories — showing you know one leaves a strong impression.',
    competencies: ['motivation_fit', 'specificity'],
    tracks: ['healthcare_job'],
    personas: ['hiring_manager', 'panel'],
    levelExpectations: {
      entry: 'Accurate basic facts (services, locations, mission) and one clear link to the candidate’s interests.',
      mid: 'Current initiatives and how the candidate’s experience relates to them.',
      senior:
        'The organisation’s strategic position and pressures, and where the candidate would expect to contribute in their first year.',
    },
    targetSeconds: 90,
  },
  {
    id: 'motivation.what-you-like-current-role',
    family: 'motivation',
    prompt: 'What do you like about your current position?',
    assesses:
      'Balance and professionalism: whether the candidate can speak warmly about their current job instead of listing grievances, which would be a red flag.',
    probes: ['What would you miss most if you left?', 'What would you want to find again in your next role?'],
    frameworkHint:
      'Name two genuine positives with a short example each (a team, a skill you built, the people you serve), then bridge to what you want to add in the next role. Keep reasons for leaving brief and forward-looking.',
    competencies: ['professionalism', 'motivation_fit'],
    tracks: ['healthcare_job'],
    personas: ['hiring_manager', 'panel'],
    levelExpectations: {
      entry: 'Names something specific they enjoy and links it to this role.',
      mid: 'Shows what they would keep and what they want more of, honestly, without criticising the employer.',
      senior: 'Describes what energises them in leadership and how this role offers more of it.',
    },
    targetSeconds: 60,
  },
  {
    id: 'motivation.why-leaving',
    family: 'motivation',
    prompt: 'Why are you looking to move on from your current role now?',
    assesses:
      'Whether the candidate is moving toward something rather than away from something, and can discuss it without criticising a current employer or colleagues.',
    probes: ['What would your current manager say about your decision?', 'What would have to change for you to stay?'],
    frameworkHint:
      'Pull, not push: one sentence of honest context, then what this role offers that your current one cannot (scope, learning, the population you want to serve). Never disparage your current team.',
    competencies: ['professionalism', 'motivation_fit', 'communication'],
    tracks: ['healthcare_job'],
    personas: ['hiring_manager', 'panel'],
    levelExpectations: {
      entry: 'Growth and learning as the driver, expressed positively.',
      mid: 'A logical next step in scope or specialisation that the current organisation cannot offer.',
      senior:
        'A clear strategic reason (the chance to build, scale or turn around something) and evidence they leave things in good order.',
    },
    targetSeconds: 60,
  },
  {
    id: 'motivation.informational-what-draws-you',
    family: 'motivation',
    prompt: 'What got you interested in this field?',
    assesses:
      'The student’s ability to explain their interest honestly and briefly, so the professional can tailor their answers — without turning the conversation into the student’s own interview.',
    probes: [
      'What experiences have you had so far — shadowing, volunteering, work?',
      'How sure are you about it at this point?',
      'What other careers are you weighing?',
    ],
    frameworkHint:
      'Answer in under a minute: the experience that sparked the interest, where you are in deciding, and what you most want to understand from this person. Then hand the conversation back to your prepared questions.',
    competencies: ['communication', 'motivation_fit'],
    tracks: ['informational'],
    personas: ['professional'],
    levelExpectations: {
      entry: 'An honest spark (a family experience, a class) and what they still want to find out.',
      mid: 'Experiences such as shadowing or volunteering that shaped the interest, and what would confirm it.',
      senior: 'What in their first career points toward this field, and the doubts they want to test.',
    },
    targetSeconds: 60,
  },
  {
    id: 'motivation.why-this-specialty',
    family: 'motivation',
    prompt: 'Why this specialty?',
    assesses:
      'For a categorical residency or a subspecialty fellowship: motivation built on real clinical experience, an honest view of the specialty’s hard parts, and a sense of where the candidate fits in it — not a general wish to help people.',
    probes: [
      'Which patient or rotation made the decision for you?',
      'What made you set aside the other specialties you worked in?',
      'What do you expect to find hardest about this specialty?',
    ],
    frameworkHint:
      'Moment → pattern → fit: one concrete patient or rotation, what you noticed you kept coming back to (the thinking, the procedures, the continuity, the team), and why the specialty’s daily reality — including its downsides — suits you. Close with where you see yourself within it.',
    competencies: ['motivation_fit', 'specificity', 'communication'],
    tracks: ['residency_fellowship'],
    personas: ['program_director', 'faculty', 'fellow'],
    levelExpectations: {
      entry: 'Rotations and patients that drew them to the specialty, with real detail, and an honest view of its hard parts.',
      mid: 'For a fellowship: what residency showed them about the field and why this subspecialty rather than staying general.',
      senior: 'Why they are changing or deepening their specialty after practice, and what their experience brings to it.',
    },
    targetSeconds: 90,
  },

  // ───────────────────────────── Behavioural (STAR) ─────────────────────────────
  {
    id: 'behavioural.mistake-what-changed',
    family: 'behavioural',
    prompt: 'Tell me about a mistake you made that affected a patient or a process.',
    assesses:
      'Accountability and safety culture: whether the candidate owns the error without deflecting, responded promptly, and — above all — changed something in the system so it is less likely to happen to anyone, not just to them.',
    probes: [
      'What did you do in the first hour after you realised?',
      'Why was it possible to make that mistake in the first place?',
      'What is different now for the next person who does that task?',
    ],
    frameworkHint:
      'STAR, weighted toward the end, then "what changed in the system": state the mistake plainly, the immediate impact and what you did about it, then the fix. A personal habit (double-checking, a checklist) is a start; a redesigned step, a default, an automatic flag or a shared process that protects everyone is the strong answer. Claiming you cannot think of one sounds evasive.',
    competencies: ['structure', 'systems_thinking', 'professionalism'],
    tracks: ['residency_fellowship', 'healthcare_job'],
    personas: ['program_director', 'faculty', 'informatics_partner', 'hiring_manager', 'panel'],
    levelExpectations: {},
    levelExpectationsByTrack: {
      residency_fellowship: {
        entry:
          'A real error from training owned plainly, disclosed to a supervisor, and one change in how they work or check things.',
        mid: 'A near miss or error from residency traced to a workflow, reported, and a safeguard they helped put in place.',
        senior:
          'An error in their own practice, its root cause in the system, a change that protected later patients, and how they knew it worked.',
      },
      healthcare_job: {
        entry:
          'A slip they caught (or that a check caught), reported without delay and owned plainly, followed by something practical for others — for example adding the lesson to how new starters are taught.',
        mid: 'Traces the error to a manual, repeatable step, designs a safeguard into the workflow or the tool (a prompt, a safer default, an automatic check) and can show fewer repeat incidents afterwards.',
        senior:
          'Owns a failure of planning or resourcing at leadership level and shows the lasting change it drove in how decisions get made: forecasting from data, spotting risk earlier, giving front-line staff a formal say.',
      },
    },
    targetSeconds: 120,
  },
  {
    id: 'behavioural.near-miss-reporting',
    family: 'behavioural',
    prompt: 'Tell me about a near miss or safety concern you noticed and reported.',
    assesses:
      'Whether the candidate recognises and reports near misses, understands why reporting matters even when no harm occurred, and follows through to a change.',
    probes: [
      'What happened after you reported it?',
      'Was there any pressure not to report it?',
      'If nothing had changed, what would you have done next?',
    ],
    frameworkHint:
      'STAR: the situation and what made it a near miss, your responsibility, the actions (making things safe, reporting through the usual system, telling the right person), and the result — ideally a change in the process. Close with what changed in the system, or why it did not and what you learned about reporting.',
    competencies: ['structure', 'systems_thinking', 'professionalism'],
    tracks: ['residency_fellowship', 'healthcare_job'],
    personas: ['program_director', 'fellow', 'informatics_partner', 'hiring_manager'],
    levelExpectations: {},
    levelExpectationsByTrack: {
      residency_fellowship: {
        entry: 'A near miss seen as a student, that they spoke up or reported it, and what changed.',
        mid: 'A near miss they reported through the system, and a process change that followed.',
        senior: 'How they built reporting habits in their team and used near misses to change workflows.',
      },
      healthcare_job: {
        entry: 'Noticed, made safe, reported through the standard system and informed a supervisor.',
        mid: 'Reported, then joined or led the review and helped put a process change in place.',
        senior:
          'Built or strengthened the reporting culture itself: made reporting easy and blame-free and closed the loop with the people who report.',
      },
    },
    targetSeconds: 90,
  },
  {
    id: 'behavioural.conflict-in-team',
    family: 'behavioural',
    prompt: 'Tell me about a time you disagreed with a colleague or team member.',
    assesses:
      'Whether the candidate can handle disagreement directly and respectfully, understand the other side, keep the patient or goal at the centre, and preserve the working relationship.',
    probes: [
      'How was it resolved?',
      'How do you think the other person saw it?',
      'What would you do differently if it happened again?',
    ],
    frameworkHint:
      'STAR: a brief situation, what was at stake, what you did (a private conversation, listening first, finding shared goals, bringing in data or a third party only when needed), and the result for the work and the relationship. Avoid a story in which you were entirely right and the other person entirely wrong.',
    competencies: ['structure', 'communication', 'professionalism'],
    tracks: ['residency_fellowship', 'healthcare_job'],
    personas: ['fellow', 'program_director', 'hiring_manager', 'panel'],
    levelExpectations: {},
    levelExpectationsByTrack: {
      residency_fellowship: {
        entry:
          'A disagreement on a team or in a group project handled directly and respectfully, focused on the patient or the goal.',
        mid: 'A conflict with a colleague or another service on the wards, resolved through conversation, with what changed afterwards.',
        senior:
          'A lasting disagreement between professions or departments that they helped settle, and how working together improved.',
      },
      healthcare_job: {
        entry: 'A peer disagreement handled one-to-one, calmly, with a clear outcome.',
        mid: 'A cross-team or cross-discipline disagreement resolved in a way that improved how the groups work together.',
        senior: 'Mediating between teams or leaders, or changing the structure that kept producing the conflict.',
      },
    },
    targetSeconds: 120,
  },
  {
    id: 'behavioural.difficult-clinician',
    family: 'behavioural',
    prompt: 'Tell me about a time a clinician or other user was frustrated with a system or service you supported.',
    assesses:
      'Service mindset in the friction between clinicians and technology: empathy, staying calm, finding the real workflow problem behind the complaint, and following through.',
    probes: [
      'What did you find was really behind their frustration?',
      'How did you follow up afterwards?',
      'Did anything change in the system because of it?',
    ],
    frameworkHint:
      'STAR: the situation and the user’s pressure (time, patients waiting), your role, the actions (listen without defending, reproduce the problem, fix or work around it, explain in plain language), and the result — for that user and for others with the same problem. No clinical example? Use another customer-service story and show how you would carry it over to clinicians.',
    competencies: ['structure', 'communication', 'systems_thinking'],
    tracks: ['residency_fellowship', 'healthcare_job'],
    personas: ['informatics_partner', 'hiring_manager', 'panel'],
    levelExpectations: {},
    levelExpectationsByTrack: {
      residency_fellowship: {
        entry:
          'A frustrated senior or colleague handled with patience: listening, clarifying, and following up with what they found.',
        mid: 'A clinician angry about a system or process, the real need uncovered, and a workaround or fix they arranged.',
        senior:
          'Turning repeated clinician complaints into a change through the right channel, and keeping credibility with peers.',
      },
      healthcare_job: {
        entry: 'A support or customer interaction handled with patience and clear follow-up, even if outside healthcare.',
        mid: 'Turning a recurring complaint into a configuration, training or workflow fix.',
        senior:
          'Building the channel between clinicians and IT (liaisons, feedback forums, prioritisation) so frustrations surface and get fixed early.',
      },
    },
    targetSeconds: 120,
  },
  {
    id: 'behavioural.advocating-through-channels',
    family: 'behavioural',
    prompt: 'Tell me about a time you spoke up for a patient or a colleague.',
    assesses:
      'Moral courage combined with judgment: whether the candidate raised a concern respectfully, through the right route and with the right people, while keeping the team intact.',
    probes: [
      'Who did you go to first, and why?',
      'What would you have done if nobody had listened?',
      'How did the people you raised it with react?',
    ],
    frameworkHint:
      'STAR: the situation you noticed and the risk it posed (situation, task); the steps you took to raise it — first with the person involved where that was safe, then through the proper escalation route, calmly and with facts (action); and how it ended (result). Show that speaking up and staying a good teammate went together.',
    competencies: ['structure', 'professionalism', 'communication'],
    tracks: ['residency_fellowship', 'healthcare_job'],
    personas: ['program_director', 'fellow', 'hiring_manager', 'panel'],
    levelExpectations: {},
    levelExpectationsByTrack: {
      residency_fellowship: {
        entry: 'Speaking up for a patient to a resident or attending, respectfully and in time, and seeing what happened next.',
        mid: 'Escalating a concern through the chain of command or a safety report when the first conversation did not work.',
        senior:
          'Using committees, safety reporting or leadership to change something for many patients, and bringing colleagues along.',
      },
      healthcare_job: {
        entry: 'Noticing a concern and taking it to a supervisor promptly and factually.',
        mid: 'Escalating through the right channels when the first conversation did not work, and seeing it through.',
        senior: 'Creating the conditions for others to speak up — and acting visibly on what they raised.',
      },
    },
    targetSeconds: 120,
  },
  {
    id: 'behavioural.speed-vs-quality',
    family: 'behavioural',
    prompt: 'Tell me about a time you had to choose between working quickly and getting something exactly right.',
    assesses:
      'Whether safety holds when the pressure is on volume and time, and whether the candidate can see the bill a shortcut runs up later: repeat work, errors, patients coming back.',
    probes: [
      'What did you decide not to cut, and why?',
      'What would have happened downstream if you had rushed?',
      'Did you change anything so the conflict comes up less often?',
    ],
    frameworkHint:
      'STAR: a real moment when speed and quality pulled apart, what was at stake, how you prioritised (safety-critical steps first, communicating delays, asking for help) and the result. Name the downstream cost you avoided.',
    competencies: ['structure', 'systems_thinking', 'professionalism'],
    tracks: ['residency_fellowship', 'healthcare_job'],
    personas: ['hiring_manager', 'panel', 'fellow'],
    levelExpectations: {},
    levelExpectationsByTrack: {
      residency_fellowship: {
        entry: 'A busy clinical day where they kept a safety check despite pressure, and asked for help.',
        mid: 'Prioritising a busy list as a resident without dropping safety steps, with a concrete example.',
        senior: 'Setting the pace for a team or clinic while protecting quality, and what they changed in the workflow.',
      },
      healthcare_job: {
        entry: 'Keeping the essential checks during a busy shift or deadline and saying so when more time was needed.',
        mid: 'Redesigning a step so the work became both faster and safer.',
        senior: 'Setting targets and staffing that do not push teams into shortcuts, and measuring the balance.',
      },
    },
    targetSeconds: 120,
  },
  {
    id: 'behavioural.difficult-patient-family',
    family: 'behavioural',
    prompt: 'Tell me about a time you looked after a difficult patient or family member.',
    assesses:
      'Whether the candidate can stay kind and steady with someone angry or frightened: acknowledging feelings, explaining clearly, calming the situation and holding reasonable limits.',
    probes: [
      'What do you think was behind their reaction?',
      'How did you tell them where the line was?',
      'What happened for that patient in the end?',
    ],
    frameworkHint:
      'STAR: the situation and the emotion in the room, your role, what you did (acknowledge the feeling, explain plainly, offer what you can, set limits calmly, bring in help such as interpreters, senior staff or patient relations) and what was better at the end because of how you handled it.',
    competencies: ['structure', 'communication', 'professionalism'],
    tracks: ['residency_fellowship', 'healthcare_job'],
    personas: ['program_director', 'fellow', 'hiring_manager', 'panel'],
    levelExpectations: {},
    levelExpectationsByTrack: {
      residency_fellowship: {
        entry: 'Staying calm and kind with an upset patient or family, listening, and bringing in the team when needed.',
        mid: 'De-escalating a hard conversation on their own, finding the underlying concern, and following it through.',
        senior:
          'Leading hard conversations (goals of care, complaints) and helping the service handle similar situations better.',
      },
      healthcare_job: {
        entry: 'A calm, empathetic interaction with appropriate escalation to a senior colleague.',
        mid: 'De-escalating on their own and resolving the underlying issue.',
        senior: 'Handling complaints at the service level and changing processes or training to prevent repeats.',
      },
    },
    targetSeconds: 120,
  },
  {
    id: 'behavioural.emotional-resilience',
    family: 'behavioural',
    prompt: 'Healthcare work can be demanding. Tell me how you kept doing your job well through a hard stretch at work.',
    assesses:
      'Whether the candidate has real, repeatable ways of coping at work (not a claim that nothing gets to them), uses support such as debriefs and supervision, and looks out for colleagues. The candidate decides what personal detail to share: never ask about health, diagnoses or treatment.',
    probes: [
      'What do you do after a difficult case, before the next one?',
      'What do you do when you see a colleague struggling?',
    ],
    frameworkHint:
      'STAR for the demanding stretch (situation, what it demanded, what you did, how the work went), then your regular practices at work: debriefing after difficult cases, asking for help or cover early, boundaries between work and home, and noticing when a teammate needs support. You do not need to share anything about your health.',
    competencies: ['structure', 'professionalism', 'communication'],
    tracks: ['residency_fellowship', 'healthcare_job'],
    personas: ['fellow', 'program_director', 'panel', 'hiring_manager'],
    levelExpectations: {},
    levelExpectationsByTrack: {
      residency_fellowship: {
        entry: 'Honest about a hard moment in training, with habits that help and a willingness to ask for support.',
        mid: 'Strategies that hold up on busy rotations, noticing early signs of burnout, and checking on co-residents.',
        senior: 'Sustained practices over years, how they support colleagues, and what they would bring to a group’s wellbeing.',
      },
      healthcare_job: {
        entry: 'Named personal strategies and willingness to ask for help.',
        mid: 'Personal strategies plus looking out for peers, for example starting debriefs.',
        senior: 'Building team structures for wellbeing — debriefs, workload monitoring, access to support — and modelling them.',
      },
    },
    targetSeconds: 120,
  },
  {
    id: 'behavioural.handling-pressure',
    family: 'behavioural',
    prompt: 'Tell me about a time you had far more to do than time to do it.',
    assesses:
      'Prioritisation and composure under workload pressure — the day-to-day reality of training — and whether the candidate asks for help appropriately.',
    probes: [
      'How did you decide what came first?',
      'How did you tell people what would have to wait?',
      'At what point would you ask a senior for help?',
    ],
    frameworkHint:
      'STAR, with your prioritisation rule made explicit (patient safety and time-critical tasks first, then what blocks others, then the rest), how you communicated what would be late, and what you set up afterwards so it happens less.',
    competencies: ['structure', 'professionalism', 'systems_thinking'],
    tracks: ['residency_fellowship'],
    personas: ['fellow', 'program_director'],
    levelExpectations: {
      entry: 'A heavy stretch as a student (exams with clinical work) with an explicit way of prioritising and asking for help.',
      mid: 'A busy call or cross-cover shift: how they triaged, what they handed off or escalated, and what they changed later.',
      senior:
        'Running a full clinical load with other duties, how they protect safety when stretched, and how they help their team.',
    },
    targetSeconds: 90,
  },
  {
    id: 'behavioural.challenging-case',
    family: 'behavioural',
    prompt: 'Describe a case that tested you.',
    assesses:
      'Clinical reasoning and judgment under uncertainty, teamwork, and — for informatics candidates — whether they notice what the case revealed about the system around it.',
    probes: [
      'What made it challenging: the medicine, the people or the system?',
      'What information did you wish you had had at the time?',
      'Would you handle it the same way today?',
    ],
    frameworkHint:
      'STAR: a concise situation (keep patient details anonymous), your role, your decisions and the reasoning behind them, and the outcome. Add one line on what the case showed you about workflows, information or systems.',
    competencies: ['structure', 'domain_knowledge', 'systems_thinking'],
    tracks: ['residency_fellowship'],
    personas: ['program_director', 'faculty', 'fellow'],
    levelExpectations: {},
    levelExpectationsByTrack: {
      residency_fellowship: {
        entry: 'A case from a clerkship where they found their part, sought supervision and learned something specific.',
        mid: 'A resident’s case with their own reasoning, what they escalated and the outcome.',
        senior: 'A complex case from practice, how they led the team, and what they would do differently.',
      },
    },
    targetSeconds: 120,
  },
  {
    id: 'behavioural.qi-project',
    family: 'behavioural',
    prompt: 'Walk me through a quality-improvement or data project you contributed to.',
    assesses:
      'Hands-on improvement experience: a clearly defined problem, the candidate’s actual role, the method, a measured result and an honest account of what did not work.',
    probes: [
      'What exactly was your part, as opposed to the team’s?',
      'What baseline did you measure the result against?',
      'Did that change last after the project ended?',
    ],
    frameworkHint:
      'STAR with numbers: the problem and the baseline, your role, the actions (data gathered, changes tested, people involved), and the result with a measure. Finish with whether it was sustained and what you would do next.',
    competencies: ['structure', 'specificity', 'systems_thinking'],
    tracks: ['residency_fellowship', 'healthcare_job'],
    personas: ['faculty', 'program_director', 'informatics_partner', 'hiring_manager'],
    levelExpectations: {},
    levelExpectationsByTrack: {
      residency_fellowship: {
        entry: 'Part of a QI or research project: their own role, the measure used, and what they learned about improvement.',
        mid: 'A resident QI project with a baseline, at least one cycle and a result, and what they would change next time.',
        senior: 'A change they led in practice with data before and after, and how it was sustained or spread.',
      },
      healthcare_job: {
        entry: 'A defined contribution (data collection, audit, analysis) to a team project, with the result.',
        mid: 'Leading a project from problem definition to measured improvement.',
        senior: 'A portfolio or program of improvement work, and how they chose and resourced projects.',
      },
    },
    targetSeconds: 120,
  },
  {
    id: 'behavioural.explaining-technical',
    family: 'behavioural',
    prompt: 'Tell me about a time you had to explain a technical change to people who did not want it.',
    assesses:
      'Translating between technical and clinical language, listening to resistance as information, and gaining buy-in rather than forcing a change through.',
    probes: [
      'What did you find the resistance was really about?',
      'What did you change in your approach — or in the change itself — after listening?',
    ],
    frameworkHint:
      'STAR: the change and who it affected, your role, what you did (started from their workflow and concerns, explained the why in plain language, showed a demonstration, adjusted where they had a point) and the result, such as adoption or feedback.',
    competencies: ['structure', 'communication', 'systems_thinking'],
    tracks: ['residency_fellowship', 'healthcare_job'],
    personas: ['informatics_partner', 'faculty', 'hiring_manager', 'panel'],
    levelExpectations: {},
    levelExpectationsByTrack: {
      residency_fellowship: {
        entry: 'Explaining a concept or tool to a patient or classmate in plain words, checking understanding.',
        mid: 'Teaching a new workflow or tool to co-residents or nurses, adjusting to questions and time pressure.',
        senior: 'Explaining a system change to a department, answering objections, and showing what is in it for patients.',
      },
      healthcare_job: {
        entry: 'Explaining a change to a few colleagues clearly and patiently.',
        mid: 'Running training or demonstrations for a department and adjusting the rollout based on feedback.',
        senior: 'Leading communication for an organisation-wide change and working with clinical leaders to carry it.',
      },
    },
    targetSeconds: 120,
  },
  {
    id: 'behavioural.receiving-feedback',
    family: 'behavioural',
    prompt: 'Tell me about a piece of critical feedback you received.',
    assesses:
      'Coachability and maturity: receiving criticism without defensiveness, acting on it, and being able to show the change.',
    probes: [
      'What did you do with it?',
      'How did you feel when you heard it?',
      'How would the person who gave it say you have changed?',
    ],
    frameworkHint:
      'STAR: the feedback and its context, what it asked of you, the concrete steps you took, and evidence it worked (later feedback, a result). Choose real, meaningful feedback, not a disguised strength.',
    competencies: ['structure', 'professionalism'],
    tracks: ['residency_fellowship', 'healthcare_job'],
    personas: ['program_director', 'fellow', 'hiring_manager', 'panel'],
    levelExpectations: {},
    levelExpectationsByTrack: {
      residency_fellowship: {
        entry: 'Specific feedback from a supervisor, what they changed, and how they checked it worked.',
        mid: 'Hard feedback during residency, a change sustained over weeks, and the evidence.',
        senior: 'Feedback from colleagues or patients in practice, and how they seek it now.',
      },
      healthcare_job: {
        entry: 'Feedback from a supervisor acted on promptly, with a visible improvement.',
        mid: 'Feedback that changed how they work with others or run their responsibilities.',
        senior: 'Upward or 360° feedback on their leadership, and how they changed their style and invited more of it.',
      },
    },
    targetSeconds: 90,
  },
  {
    id: 'behavioural.leading-without-authority',
    family: 'behavioural',
    prompt: 'Describe a time you needed a group to change how they worked when you had no formal authority over them.',
    assesses:
      'Influence skills that informatics and IT roles depend on: understanding stakeholders, building coalitions, using data and champions, and persisting respectfully.',
    probes: [
      'How did you bring the most resistant person along?',
      'Who were your allies?',
      'What would you do differently next time?',
    ],
    frameworkHint:
      'STAR: the change needed and why you had no authority, your goal, your actions (found out what each group cared about, recruited a respected champion, piloted small, shared data), and the result — including adoption over time.',
    competencies: ['structure', 'systems_thinking', 'communication'],
    tracks: ['residency_fellowship', 'healthcare_job'],
    personas: ['informatics_partner', 'faculty', 'hiring_manager', 'panel'],
    levelExpectations: {},
    levelExpectationsByTrack: {
      residency_fellowship: {
        entry: 'A student project or society where they moved people without a title.',
        mid: 'A QI or scheduling change they led as a resident across professions.',
        senior: 'A change led across departments from practice, including winning over sceptics.',
      },
      healthcare_job: {
        entry: 'Persuading peers to adopt a small improvement.',
        mid: 'Driving a cross-department change through champions and evidence.',
        senior: 'Aligning leaders with competing priorities around a shared goal.',
      },
    },
    targetSeconds: 120,
  },
  {
    id: 'behavioural.technology-made-it-worse',
    family: 'behavioural',
    prompt: 'Tell me about a time a technology or workflow change made care harder rather than easier.',
    assesses:
      'Critical, user-centred thinking about health IT: noticing unintended consequences, understanding why they happened, and acting constructively rather than just complaining.',
    probes: [
      'Who did you raise it with?',
      'Why do you think the designers did not anticipate it?',
      'How would you design or test that change differently?',
    ],
    frameworkHint:
      'STAR: the change and its unintended effect (extra clicks, a hidden result, a misleading default), your role, what you did (workaround made safely, reported it, suggested a fix), and the result. End with what it taught you about design, testing and involving users.',
    competencies: ['structure', 'systems_thinking', 'domain_knowledge'],
    tracks: ['residency_fellowship', 'healthcare_job'],
    personas: ['faculty', 'informatics_partner', 'hiring_manager'],
    levelExpectations: {},
    levelExpectationsByTrack: {
      healthcare_job: {
        entry: 'A system change that made work harder for users, and what they reported or suggested.',
        mid: 'A change they supported that caused a problem, how they found it and fixed it with users.',
        senior: 'How they govern changes so side effects are caught early, with an example.',
      },
      residency_fellowship: {
        entry:
          'A time technology confused or slowed care on a rotation, what the design got wrong, and what a better design would do.',
        mid: 'A system problem from residency (an alert, a screen, a default) with its effect on patients and a fix they proposed or reported.',
        senior: 'A technology change in practice that backfired, how it was noticed, and their part in correcting it.',
      },
    },
    targetSeconds: 120,
  },
  {
    id: 'behavioural.adapting-to-new-system',
    family: 'behavioural',
    prompt: 'Tell me about a time you had to learn a new system or working environment quickly.',
    assesses:
      'Learning agility and adaptability: the deliberate steps the candidate takes to become effective in an unfamiliar setting, and who they learn from.',
    probes: ['What did you do in the first week?', 'What surprised you most?'],
    frameworkHint:
      'STAR: the new setting and the deadline, what you had to be able to do, how you learned (found the local expert, practised in a test environment, made your own quick-reference notes, asked early), and how soon you were contributing — perhaps helping the next newcomer.',
    competencies: ['structure', 'specificity'],
    tracks: ['residency_fellowship', 'healthcare_job'],
    personas: ['fellow', 'informatics_partner', 'hiring_manager'],
    levelExpectations: {},
    levelExpectationsByTrack: {
      residency_fellowship: {
        entry: 'Learning a new EHR or workflow on a rotation, with what they did to get up to speed.',
        mid: 'Switching systems or hospitals in residency and helping others adapt.',
        senior: 'Adapting to a new system after years in practice, and supporting colleagues through it.',
      },
      healthcare_job: {
        entry: 'Learning a system or unit quickly through structured effort and asking for help.',
        mid: 'Becoming a go-to person or super-user soon after arriving.',
        senior: 'Taking over a new function or system and building others’ capability while learning it.',
      },
    },
    targetSeconds: 90,
  },

  // ───────────────────────────── Informatics knowledge ─────────────────────────────
  {
    id: 'knowledge.what-is-clinical-informatics',
    family: 'knowledge',
    prompt: 'What does clinical informatics mean to you?',
    assesses:
      'A working definition in the candidate’s own words, a sense of the field’s scope, how it differs from neighbouring fields, and a concrete example.',
    probes: ['How is that different from the hospital’s IT department?', 'Where have you seen that kind of work in practice?'],
    frameworkHint:
      'Definition → scope → boundary → example: informatics uses data, information and technology to improve care and its delivery; it spans EHRs, decision support, interoperability, analytics, workflow, patient safety and digital health; it is not IT support, software development or pure biostatistics; then one example you have seen.',
    basis:
      'AMIA’s definition of clinical informatics and the ABPM/ABP subspecialty core content (ACGME Program Requirements for Clinical Informatics).',
    competencies: ['domain_knowledge', 'communication', 'structure'],
    tracks: ['residency_fellowship'],
    personas: ['faculty', 'program_director', 'informatics_partner'],
    levelExpectations: {
      entry: 'A working definition in their own words, its scope, and one example they have seen on rotations.',
      mid: 'A definition plus how informatics shows up in their residency — decision support, data, workflow — and where it falls short.',
      senior:
        'A definition rooted in practice, the boundary with IT and research, and the informatics work they have already done.',
    },
    targetSeconds: 90,
  },
  {
    id: 'knowledge.informatics-improving-care',
    family: 'knowledge',
    prompt: 'Give me an example, seen or read about, of informatics improving patient care.',
    assesses:
      'Whether the candidate can link a technology or data intervention to a patient outcome, and also recognise how poorly designed technology can make things worse.',
    probes: ['How would you measure that improvement?', 'What could go wrong with that intervention?'],
    frameworkHint:
      'A mini case: the problem, how technology or data helped (or could help), how you would measure the effect, and a possible unintended consequence. One well-told example beats a list of buzzwords.',
    basis:
      'The Institute of Medicine reports on safety and quality (To Err Is Human; Crossing the Quality Chasm) and AMIA’s core competencies for clinical informatics.',
    competencies: ['domain_knowledge', 'systems_thinking', 'specificity'],
    tracks: ['residency_fellowship'],
    personas: ['faculty', 'program_director'],
    levelExpectations: {
      entry: 'One example from rotations or reading, linked to a patient outcome, with one possible unintended effect.',
      mid: 'An example from their own hospital with how the effect could be measured and what went wrong or could.',
      senior: 'A change they saw from before to after in practice, its measured effect, and the trade-offs it brought.',
    },
    targetSeconds: 90,
  },
  {
    id: 'knowledge.cpoe-and-decision-support',
    family: 'knowledge',
    prompt: 'Explain CPOE and clinical decision support as you would to a new intern.',
    assesses:
      'Conceptual understanding of computerised provider order entry and clinical decision support (alerts, reminders, order sets), their safety benefits, and their limits.',
    probes: [
      'Where does each of the two you described help patient safety?',
      'When would you choose a passive reminder over the interruptive alert you mentioned?',
      'How could the order set or alert you described cause harm?',
    ],
    frameworkHint:
      'Define, exemplify, qualify: CPOE means clinicians enter orders electronically (legible, complete, checkable); decision support puts knowledge in the workflow (drug-interaction and dose checks, reminders, order sets, documentation templates). Give a safety example for each, then a limitation. Pitch it at the level of a junior colleague.',
    basis:
      'CPOE with clinical decision support as defined in ONC certification criteria; the “CDS five rights” framework (right information, person, format, channel, time).',
    competencies: ['domain_knowledge', 'communication'],
    tracks: ['residency_fellowship', 'healthcare_job'],
    personas: ['faculty', 'informatics_partner', 'hiring_manager'],
    levelExpectations: {},
    levelExpectationsByTrack: {
      residency_fellowship: {
        entry: 'Accurate definitions of both, one safety benefit each, and one limitation.',
        mid: 'Examples from ordering as a resident — an alert, an order set — including one that helped and one that got in the way.',
        senior:
          'How decision support felt across years of practice, which content they would keep or retire, and who should decide.',
      },
      healthcare_job: {
        entry: 'Accurate definitions and one example of each.',
        mid: 'Examples from their own work, including how content is maintained.',
        senior: 'How an organisation governs decision support content, measures its effect and retires what does not work.',
      },
    },
    targetSeconds: 90,
  },
  {
    id: 'knowledge.alert-fatigue',
    family: 'knowledge',
    prompt: 'Clinicians are overriding almost every firing of a particular EHR alert. How would you approach it?',
    assesses:
      'Understanding of alert fatigue as a safety risk, a data-driven approach to diagnosing it, and design options beyond simply adding or removing alerts.',
    probes: [
      'What data would you pull first?',
      'Who would you involve before changing or turning off the alert?',
      'How would you know you had not made things less safe?',
    ],
    frameworkHint:
      'Diagnose → redesign → measure: explain alert fatigue (too many low-value interruptions train people to click past them all, including the important ones); look at override rates and reasons by alert, role and unit; then consider targeting, tiering by severity, better timing, passive display or retirement — the right information to the right person at the right point in the workflow; agree the change through governance and monitor outcomes and overrides afterwards.',
    basis:
      'ONC SAFER Guides (clinical decision support) and the CDS five rights; override-rate monitoring as described in the AHRQ patient-safety literature on alert fatigue.',
    competencies: ['domain_knowledge', 'systems_thinking', 'structure'],
    tracks: ['residency_fellowship', 'healthcare_job'],
    personas: ['faculty', 'informatics_partner', 'hiring_manager', 'panel'],
    levelExpectations: {},
    levelExpectationsByTrack: {
      residency_fellowship: {
        entry: 'Recognises alert fatigue as a safety risk and would start with override data and the people who see the alert.',
        mid: 'Describes alerts they override, why, and concrete redesign options with a way to measure the change.',
        senior: 'Proposes an ongoing review of alerts with clinical ownership, drawing on what they have seen in practice.',
      },
      healthcare_job: {
        entry: 'Recognises alert fatigue as a safety issue and suggests looking at override data.',
        mid: 'Proposes specific redesign options and a measurement plan.',
        senior: 'Describes a standing program for reviewing decision support, with clinical ownership and metrics.',
      },
    },
    targetSeconds: 120,
  },
  {
    id: 'knowledge.coding-systems',
    family: 'knowledge',
    prompt: 'What are ICD, SNOMED CT and LOINC each used for?',
    probes: [
      'Why does it matter that they are different?',
      'A surgeon operates on an inpatient: which code sets describe that procedure on the hospital’s claim and on the surgeon’s?',
      'How would the terminology you described help when two hospitals name the same lab test differently?',
    ],
    assesses:
      'Concept-level knowledge of the code sets and terminologies — which one codes diagnoses, which codes inpatient procedures and which codes clinicians’ services — and why standard vocabularies matter for billing, reporting, decision support and data exchange.',
    frameworkHint:
      'One line each, then why it matters. ICD-10-CM codes diagnoses, in every setting. ICD-10-PCS codes procedures on the hospital’s inpatient claim. CPT (with HCPCS) codes the services and procedures clinicians and outpatient settings bill for. SNOMED CT is a clinical terminology for recording problems and findings in the record (a problem-list entry maps to ICD-10-CM for billing). LOINC names lab tests and observations; RxNorm names medications. Close with why it matters: data can be compared, exchanged and used for measures and decision support only if it is coded consistently.',
    basis:
      'HIPAA transaction and code set standards (ICD-10-CM, ICD-10-PCS, CPT/HCPCS); SNOMED CT, LOINC and RxNorm as named in ONC’s United States Core Data for Interoperability (USCDI).',
    competencies: ['domain_knowledge', 'communication'],
    tracks: ['residency_fellowship', 'healthcare_job'],
    personas: ['faculty', 'informatics_partner', 'hiring_manager'],
    levelExpectations: {},
    levelExpectationsByTrack: {
      residency_fellowship: {
        entry: 'Matches ICD-10-CM, CPT, SNOMED CT and LOINC to their uses without mixing diagnoses and procedures.',
        mid: 'Connects coding to their own documentation and to a measure or alert that depends on it.',
        senior: 'Explains how coding choices in practice affect billing, registries and quality reports, with an example.',
      },
      healthcare_job: {
        entry: 'Correctly matches each code set to its purpose, including ICD-10-CM versus ICD-10-PCS versus CPT.',
        mid: 'Describes a real mapping or data-quality problem they have seen.',
        senior: 'Discusses terminology governance and the cost of poor coding across an organisation.',
      },
    },
    targetSeconds: 90,
  },
  {
    id: 'knowledge.interoperability-fhir',
    family: 'knowledge',
    prompt: 'At a conceptual level, what do HL7 version 2 messages and FHIR each do?',
    probes: [
      'Which problem does each of the two you described solve?',
      'Where would FHIR show up in the everyday care you know?',
      'When a message arrives, how does the receiving system know what it means?',
    ],
    assesses:
      'Understanding of interoperability: why systems must exchange data, the difference between moving data and sharing meaning, and that HL7 International is the organisation whose standards include v2 messaging and FHIR.',
    frameworkHint:
      'Problem → standard → example → limit: care happens across many systems that must share data. HL7 International is a standards body; its version 2 messaging standard is the long-standing workhorse inside hospitals (admissions, orders and results sent as messages over interfaces). FHIR, also from HL7, represents data as modular resources (a patient, an observation, a medication request) exchanged through web APIs, so apps and other organisations can ask for exactly what they need. Add that shared terminologies such as LOINC and SNOMED CT are still needed for shared meaning.',
    basis:
      'HL7 International standards: HL7 v2 messaging and FHIR (R4, US Core); ONC certification criteria requiring standardised FHIR APIs (21st Century Cures Act).',
    competencies: ['domain_knowledge', 'communication', 'structure'],
    tracks: ['residency_fellowship', 'healthcare_job'],
    personas: ['faculty', 'informatics_partner', 'hiring_manager', 'panel'],
    levelExpectations: {},
    levelExpectationsByTrack: {
      residency_fellowship: {
        entry: 'Explains interoperability and names HL7 and FHIR correctly with one everyday example.',
        mid: 'Describes a missing record or a transfer from another hospital they dealt with and how standards could help.',
        senior:
          'Discusses information flowing across the organisations they have worked with and where exchange still fails patients.',
      },
      healthcare_job: {
        entry: 'Explains interoperability and names the standards correctly, with one example.',
        mid: 'Describes an interface or integration they have worked with and a problem it raised.',
        senior: 'Discusses interoperability strategy: partners, regulations, vendor roadmaps and data governance.',
      },
    },
    targetSeconds: 90,
  },
  {
    id: 'knowledge.structured-vs-unstructured',
    family: 'knowledge',
    prompt: 'What is the difference between structured and unstructured clinical data?',
    assesses:
      'Understanding of how documentation choices affect what can be measured, reported and used for decision support, and the trade-off with clinician burden.',
    probes: [
      'Why does that difference matter for quality measures?',
      'How would you get a measure out of free-text notes?',
      'What would asking clinicians to fill in more structured fields cost them, in your view?',
    ],
    frameworkHint:
      'Define both with examples (a coded problem-list entry or lab value versus a narrative note), explain that measures, registries and alerts depend on structured data, then weigh the trade-off: documentation burden, the risks of copy-paste, and options such as smart templates or text processing.',
    basis: 'USCDI data classes and eCQM specifications (CMS), which draw on structured, coded data.',
    competencies: ['domain_knowledge', 'systems_thinking'],
    tracks: ['residency_fellowship'],
    personas: ['faculty', 'informatics_partner'],
    levelExpectations: {},
    levelExpectationsByTrack: {
      residency_fellowship: {
        entry: 'Explains the difference with an example and why measures need structured data.',
        mid: 'Connects their own documentation to a measure or alert and weighs the burden of structure.',
        senior: 'Proposes how to capture what matters without adding clinician burden, from experience.',
      },
    },
    targetSeconds: 90,
  },
  {
    id: 'knowledge.pdsa-cycle',
    family: 'knowledge',
    prompt: 'Walk me through how you would run a PDSA cycle on a real problem you have seen.',
    assesses:
      'Working knowledge of Plan-Do-Study-Act as small, rapid, measured tests of change, applied to a concrete problem rather than recited.',
    probes: [
      'What would you measure to test your prediction?',
      'How small would your first test be?',
      'What would make you abandon the idea rather than adapt it?',
    ],
    frameworkHint:
      'Walk through all four steps on one example: Plan (aim, prediction, measure, who and where), Do (a small test — one clinic, one shift), Study (compare results with your prediction), Act (adopt, adapt or abandon, then the next cycle). Stress starting small and iterating quickly.',
    basis: 'The Model for Improvement (Langley et al.) and IHI guidance on Plan-Do-Study-Act cycles.',
    competencies: ['domain_knowledge', 'structure', 'systems_thinking'],
    tracks: ['residency_fellowship', 'healthcare_job'],
    personas: ['faculty', 'program_director', 'informatics_partner', 'hiring_manager', 'panel'],
    levelExpectations: {},
    levelExpectationsByTrack: {
      residency_fellowship: {
        entry: 'The four steps applied correctly to a simple problem they have seen.',
        mid: 'A cycle from a resident QI project, or a credible plan for one, with a prediction and a measure.',
        senior: 'Several cycles they have run or led in practice and how they decided to adopt, adapt or abandon.',
      },
      healthcare_job: {
        entry: 'The four steps applied correctly to a simple example.',
        mid: 'Cycles they have actually run, with data and what they changed between cycles.',
        senior: 'How they build improvement capability across teams and link cycles to organisational goals.',
      },
    },
    targetSeconds: 120,
  },
  {
    id: 'knowledge.governance-cmio',
    family: 'knowledge',
    prompt: 'Who should decide what gets built or changed in the EHR?',
    assesses:
      'Understanding of informatics governance: the roles involved (CMIO, CNIO, analysts, vendor staff, front-line clinicians), how requests are prioritised, and why clinical leadership of technology decisions matters.',
    probes: [
      'Where does a CMIO fit in the process you described?',
      'In that process, what happens to a request from a single physician?',
      'How do you stop governance from becoming a bottleneck?',
    ],
    frameworkHint:
      'Roles → process → purpose: the CMIO (and CNIO) lead clinical informatics and bridge clinicians and IT; analysts build, vendors support and front-line clinicians define needs and test. Requests go through intake, clinical review, prioritisation and change control. The purpose is safe, consistent and valuable change rather than ad-hoc builds.',
    basis:
      'Common health-system governance roles (CMIO, CNIO, clinical informatics committees) and ONC SAFER Guides on organisational responsibilities.',
    competencies: ['domain_knowledge', 'systems_thinking'],
    tracks: ['residency_fellowship', 'healthcare_job'],
    personas: ['faculty', 'informatics_partner', 'program_director', 'hiring_manager'],
    levelExpectations: {},
    levelExpectationsByTrack: {
      residency_fellowship: {
        entry: 'Names the CMIO and the main roles and knows that EHR changes go through review.',
        mid: 'Describes how a request from residents would travel through governance and why that protects patients.',
        senior: 'Has sat on or worked with a committee and can discuss balancing departments’ requests.',
      },
      healthcare_job: {
        entry: 'Names the main roles and knows requests should go through a review process.',
        mid: 'Has taken part in change control or prioritisation and can describe how decisions were made.',
        senior: 'Has designed or led governance structures and balanced competing departmental demands.',
      },
    },
    targetSeconds: 90,
  },
  {
    id: 'knowledge.change-management-go-live',
    family: 'knowledge',
    prompt: 'You are helping roll out a new order set across several units. How do you make the change stick?',
    assesses:
      'Change-management basics in an implementation: stakeholder engagement, training, super-users, go-live support and feedback, and measuring adoption — not just building the tool.',
    probes: [
      'Who would you talk to before building anything?',
      'What would go-live week look like in your plan?',
      'How would you know, three months later, that it is being used as intended?',
    ],
    frameworkHint:
      'Before → during → after: before, involve the people who will use it, pilot with a friendly unit and train super-users; during go-live, provide visible at-the-elbow support and a quick route for issues; afterwards, track usage and outcomes, gather feedback and iterate. People and workflow, not only the build.',
    basis:
      'ONC SAFER Guides (high-priority practices, contingency planning) and common change models such as Kotter’s steps applied to EHR implementation.',
    competencies: ['systems_thinking', 'domain_knowledge', 'structure'],
    tracks: ['residency_fellowship', 'healthcare_job'],
    personas: ['informatics_partner', 'faculty', 'hiring_manager', 'panel'],
    levelExpectations: {},
    levelExpectationsByTrack: {
      residency_fellowship: {
        entry: 'Knows that training, support at go-live and involving users decide adoption.',
        mid: 'Describes a go-live they lived through as a resident: what helped, what did not, and what they would do differently.',
        senior: 'Has championed or supported a rollout and can plan stakeholders, super-users, a pilot and adoption measures.',
      },
      healthcare_job: {
        entry: 'Training and support at go-live, with an awareness that users need to be involved.',
        mid: 'A full plan: stakeholders, pilot, super-users, feedback loop and adoption metrics.',
        senior:
          'Sequencing several changes across an organisation, managing change saturation and sponsoring clinical champions.',
      },
    },
    targetSeconds: 120,
  },
  {
    id: 'knowledge.ehr-safety-risks',
    family: 'knowledge',
    prompt: 'What kinds of patient-safety risks can the EHR itself introduce?',
    assesses:
      'Awareness that health IT can create hazards — copy-paste, wrong-patient orders, alert fatigue, confusing defaults, downtime — and practical mitigations for each.',
    probes: [
      'Which of those have you seen in practice?',
      'How would you reduce the one you think matters most?',
      'How would you find out how often it happens?',
    ],
    frameworkHint:
      'Risk → example → mitigation, for three or four risks: copied notes carrying stale information; orders placed on the wrong patient; too many alerts; misleading defaults or lists; downtime. Pair each with a safeguard (display and verification design, patient-identity prompts, alert review, downtime procedures) and mention safety-event reporting as the way to learn about new ones.',
    basis:
      'ONC SAFER Guides (patient identification, CPOE with CDS, test-result follow-up) and Joint Commission Sentinel Event Alert 54 on health IT safety.',
    competencies: ['domain_knowledge', 'systems_thinking'],
    tracks: ['residency_fellowship', 'healthcare_job'],
    personas: ['faculty', 'informatics_partner', 'hiring_manager', 'panel'],
    levelExpectations: {},
    levelExpectationsByTrack: {
      healthcare_job: {
        entry: 'Names common EHR safety risks (wrong patient, copy-paste, alert overload) and how to report them.',
        mid: 'Describes a safety issue they found or fixed in a system.',
        senior: 'Runs or joins safety review of system changes, with monitoring.',
      },
      residency_fellowship: {
        entry: 'Names two or three EHR-related risks (copy-paste, wrong patient, alert fatigue) with a safeguard for each.',
        mid: 'Risks they have seen on the wards, how often they think they happen, and how they would find out.',
        senior: 'Risks seen over years of practice, what was done about them, and how safety reporting fed back into design.',
      },
    },
    targetSeconds: 90,
  },
  {
    id: 'knowledge.measuring-cds-success',
    family: 'knowledge',
    prompt: 'How would you know whether a new decision-support tool is actually working?',
    assesses:
      'Evaluation thinking: choosing outcome, process and balancing measures, setting a baseline, and watching for unintended effects.',
    probes: [
      'What balancing measure would you watch alongside that?',
      'What would you do if usage is high but outcomes do not change?',
    ],
    frameworkHint:
      'Measure family: an outcome measure (what happens to patients), a process measure (is the tool used and followed), and a balancing measure (what might get worse — time, overrides, other errors). Set a baseline, decide in advance what success looks like, and review with the clinical owners.',
    basis: 'The CDS five rights and evaluation by process, outcome and balancing measures (IHI Model for Improvement).',
    competencies: ['domain_knowledge', 'systems_thinking', 'specificity'],
    tracks: ['residency_fellowship', 'healthcare_job'],
    personas: ['faculty', 'informatics_partner', 'hiring_manager'],
    levelExpectations: {},
    levelExpectationsByTrack: {
      residency_fellowship: {
        entry: 'Says that a tool should be judged on patient outcomes, not only on being used.',
        mid: 'Proposes process, outcome and balancing measures for an alert they know.',
        senior: 'Connects evaluation to decisions to keep, change or retire a tool.',
      },
      healthcare_job: {
        entry: 'Distinguishes whether the tool is used from whether it helps patients.',
        mid: 'Proposes all three kinds of measure with a baseline and a review date.',
        senior: 'Connects evaluation to decisions about investment, scaling or retiring tools.',
      },
    },
    targetSeconds: 90,
  },
  {
    id: 'knowledge.medication-reconciliation',
    family: 'knowledge',
    prompt: 'Where do e-prescribing and the EHR help or hurt medication reconciliation?',
    probes: [
      'Where does the medication list usually go wrong in your experience?',
      'Who do you think should own the list at discharge?',
      'A drug stopped at discharge is still being filled at the patient’s pharmacy a month later. How could that happen?',
    ],
    assesses:
      'Understanding of reconciliation at every transition (admission, transfer, discharge), the sources involved, which tool does what (CPOE carries inpatient orders; e-prescribing sends outpatient and discharge prescriptions to a community pharmacy; dose and interaction checks are decision support), and the errors the tools themselves create.',
    frameworkHint:
      'Define → sources → tools → pitfalls: compare what the patient actually takes with what is ordered at each transition, drawing on the patient, pharmacy fill history and outside records. Keep the tools apart: CPOE carries orders inside the hospital; e-prescribing transmits outpatient and discharge prescriptions to the community pharmacy and removes handwriting and transcription; dose, allergy and interaction checks are decision support running on those orders. The classic gap: a medicine stopped at discharge stays active at the pharmacy when no electronic cancellation (CancelRx) is sent, and the patient keeps refilling it. Other pitfalls: stale lists copied forward and wrong picks from long drop-downs. End with one measure, such as list accuracy on audit.',
    basis:
      'NCPDP SCRIPT standard for e-prescribing (NewRx, CancelRx); CPOE with medication decision support; Joint Commission National Patient Safety Goal on medication reconciliation (NPSG.03.06.01).',
    competencies: ['domain_knowledge', 'systems_thinking', 'specificity'],
    tracks: ['residency_fellowship', 'healthcare_job'],
    personas: ['faculty', 'informatics_partner', 'hiring_manager'],
    levelExpectations: {},
    levelExpectationsByTrack: {
      residency_fellowship: {
        entry:
          'Explains reconciliation at admission, transfer and discharge and tells CPOE, e-prescribing and decision support apart.',
        mid: 'Describes reconciliation on their own service — where lists go wrong, who owns them — and names the stopped-drug-still-at-the-pharmacy gap.',
        senior:
          'Discusses reconciliation across settings from practice, how cancellations reach pharmacies, and how to measure list accuracy.',
      },
      healthcare_job: {
        entry:
          'Explains what reconciliation is and which system carries inpatient orders versus prescriptions sent to a pharmacy.',
        mid: 'Describes a reconciliation or e-prescribing workflow they supported and a fix for a gap in it, such as unsent cancellations.',
        senior: 'Discusses measuring list accuracy across the organisation and who owns each step of the medication workflow.',
      },
    },
    targetSeconds: 90,
  },
  {
    id: 'knowledge.transitions-of-care',
    family: 'knowledge',
    prompt:
      'A patient is admitted through the emergency department, moves to a ward and goes home four days later. Where can information get lost along the way?',
    probes: [
      'How can the record help at the points you named?',
      'In that stay, what happens to a test result that comes back after discharge?',
      'What do you think the patient’s primary care clinician needs first from the discharge summary?',
    ],
    assesses:
      'Knowledge of admission, transfer and discharge workflows, the handoffs clinicians make between teams, the discharge summary, and how the record supports (but does not replace) those handoffs so results, plans and medication changes do not fall through.',
    frameworkHint:
      'Follow the patient: at each move (arrival, transfer, shift change, discharge) say what can be lost (pending results, changed plans, medication changes), then the safeguard: a structured verbal and written handoff between clinicians, transfer orders reviewed on arrival, a discharge summary that lists pending results and who owns them, and closed-loop result tracking. Be exact about the plumbing: ADT (admit, discharge, transfer) messages keep downstream systems such as bed boards, lab, pharmacy and billing in step and can notify a primary-care practice of an admission or discharge; the handoff itself stays clinicians’ work.',
    basis:
      'HL7 v2 ADT messages (admit, transfer, discharge events) and admission/discharge/transfer event notifications (CMS Conditions of Participation); structured handoff practice such as I-PASS.',
    competencies: ['domain_knowledge', 'systems_thinking', 'communication'],
    tracks: ['residency_fellowship', 'healthcare_job'],
    personas: ['faculty', 'fellow', 'informatics_partner', 'hiring_manager'],
    levelExpectations: {},
    levelExpectationsByTrack: {
      healthcare_job: {
        entry: 'Names where information gets lost between units and who should get it.',
        mid: 'Describes a handoff or discharge workflow they supported and one fix.',
        senior: 'Designs transition workflows and the notifications that support them across the organisation.',
      },
      residency_fellowship: {
        entry: 'Traces a patient through admission, transfer and discharge and names where information is most often lost.',
        mid: 'Handoff tools and discharge summaries they use as a resident, what fails, and a structured fix.',
        senior:
          'Transitions seen from the receiving end in practice (missing summaries, pending results) and a system-level fix.',
      },
    },
    targetSeconds: 90,
  },
  {
    id: 'knowledge.telehealth-and-portals',
    family: 'knowledge',
    prompt: 'What does it take to make telehealth visits and patient-portal messaging work well?',
    assesses:
      'Practical understanding of virtual care and patient portals: the workflow behind them (scheduling, identity, documentation, inbox management), safety and privacy, clinician workload, and equity for patients with limited connectivity, language or digital skills.',
    probes: [
      'Who risks being left out by what you described?',
      'How would you keep a clinician’s portal inbox manageable?',
      'What would you offer a patient without a smartphone or reliable internet?',
    ],
    frameworkHint:
      'Value → workflow → risks → equity: what patients and clinicians gain, the steps that make it reliable (who triages messages, how visits are documented, how urgent issues are escalated), the risks (missed messages, privacy, workload), and the groups who may be excluded, with a concrete remedy such as interpreter access, phone visits or proxy access.',
    basis:
      'HIPAA Privacy and Security Rules as they apply to telehealth and secure messaging; the 21st Century Cures Act rule on patient access to their records.',
    competencies: ['domain_knowledge', 'systems_thinking', 'motivation_fit'],
    tracks: ['residency_fellowship', 'healthcare_job'],
    personas: ['faculty', 'informatics_partner', 'hiring_manager', 'panel'],
    levelExpectations: {},
    levelExpectationsByTrack: {
      healthcare_job: {
        entry: 'Knows what telehealth and portals offer and one group that may be left out.',
        mid: 'Describes supporting a virtual-care or portal workflow and keeping it safe.',
        senior: 'Plans virtual care services with equity, workload and safety measures.',
      },
      residency_fellowship: {
        entry: 'Knows what telehealth and portals offer and names one group that can be left behind.',
        mid: 'Workflow details from residency (portal messages, video visits) and how to keep them safe and fair.',
        senior: 'Has run virtual care or managed a portal inbox and can discuss workload, equity and safety trade-offs.',
      },
    },
    targetSeconds: 90,
  },
  {
    id: 'knowledge.registries-quality-measures',
    family: 'knowledge',
    prompt: 'How do registries and quality measures get their data from the record?',
    assesses:
      'Understanding that registries and quality measures depend on consistent, structured documentation; how numerator, denominator and exclusions are defined; and the judgment to question a measure that could mislead or add burden.',
    probes: [
      'What would make you trust a measure built that way?',
      'What happens to that measure when documentation is in free text?',
      'How could a measure like that push clinicians toward the wrong behaviour?',
    ],
    frameworkHint:
      'Source → definition → validity → use: data flows from coded fields and results into a registry or measure; define who counts (denominator), who meets it (numerator) and who is excluded; check validity against chart review; then say how the result should be used — feedback to teams, not only reporting — and one way it could be gamed or burden clinicians.',
    basis:
      'CMS electronic clinical quality measure (eCQM) specifications and NQF measure evaluation criteria (validity, reliability, usability).',
    competencies: ['domain_knowledge', 'systems_thinking', 'specificity'],
    tracks: ['residency_fellowship', 'healthcare_job'],
    personas: ['faculty', 'program_director', 'informatics_partner', 'hiring_manager'],
    levelExpectations: {},
    levelExpectationsByTrack: {
      healthcare_job: {
        entry: 'Explains what a quality measure is and that it depends on structured data.',
        mid: 'Describes building or checking a measure, including numerator, denominator and exclusions.',
        senior: 'Owns measure reporting and judges whether a measure is fair and useful.',
      },
      residency_fellowship: {
        entry: 'Explains what a registry and a quality measure are and that both depend on structured data.',
        mid: 'Connects a measure reported in their hospital to the documentation that feeds it, and where the data goes wrong.',
        senior:
          'Has been measured by or reported on quality measures in practice and can judge whether a measure is fair and useful.',
      },
    },
    targetSeconds: 90,
  },
  {
    id: 'knowledge.privacy-hipaa',
    family: 'knowledge',
    prompt:
      'How does HIPAA shape everyday informatics work — building a report, sharing data for a project, or answering a request for access?',
    probes: [
      'A colleague asks for a spreadsheet of patient names for a QI project. What do you do?',
      'If that data had to leave the team, in what form would you send it?',
      'What would you do if you noticed someone opening records they had no reason to see?',
    ],
    assesses:
      'Working knowledge of privacy in daily practice: the minimum-necessary standard and its exception for disclosures to other clinicians for treatment, role-based access and audit trails, the difference between identifiable data, a limited data set and de-identified data, quality improvement versus research, and what to do about a suspected breach — applied to cases rather than recited.',
    frameworkHint:
      'Principle → case → safeguard. Minimum necessary: use and disclose only what a task needs — it governs reports, data pulls and most requests, but not disclosures to another clinician for treatment. Access follows the role and every access is logged. Three kinds of data: identifiable PHI; a limited data set (direct identifiers removed, dates and town may stay), shared for research, public health or operations only under a data use agreement; and de-identified data (Safe Harbor or expert determination), which the rule no longer covers. Quality improvement for your own organisation is health-care operations; a project designed to produce generalisable knowledge is research and needs IRB review or a waiver. Finish with how you would report a suspected breach.',
    basis:
      'HIPAA Privacy Rule: minimum necessary (45 CFR 164.502(b), 164.514(d)) and its treatment exception; limited data set with a data use agreement (164.514(e)); de-identification (164.514(a)–(b)); health-care operations versus research (164.501, the Common Rule).',
    competencies: ['domain_knowledge', 'professionalism', 'systems_thinking'],
    tracks: ['residency_fellowship', 'healthcare_job'],
    personas: ['faculty', 'informatics_partner', 'hiring_manager', 'panel'],
    levelExpectations: {},
    levelExpectationsByTrack: {
      residency_fellowship: {
        entry:
          'Knows the basics: look only at records you need, minimum necessary (not for sharing with the treating team), and report a suspected breach.',
        mid: 'Applies privacy rules to residency work — QI data pulls, sharing lists, messaging — and knows when a project becomes research.',
        senior:
          'Has handled privacy questions in practice or projects, separates a limited data set from de-identified data, and weighs data use against patient trust.',
      },
      healthcare_job: {
        entry: 'Knows the basics: access only what the job needs, never share logins, report a suspected breach at once.',
        mid: 'Applies minimum necessary to reports and data requests, knows a limited data set needs a data use agreement, and handles a request that goes too far.',
        senior:
          'Owns privacy practice for a team or system: access reviews, audit, data use agreements, training and responding to incidents.',
      },
    },
    targetSeconds: 90,
  },

  // ───────────────────────────── Healthcare IT ─────────────────────────────
  {
    id: 'healthcare_it.protecting-patient-safety',
    family: 'healthcare_it',
    prompt: 'How would you help protect patient safety here, in a role that is mainly technical?',
    assesses:
      'Whether the candidate connects their technical responsibilities to patient outcomes, with concrete safeguards that fit the role rather than vague commitments.',
    probes: [
      'Which safeguard have you put in place yourself?',
      'In your role, how could a security lapse become a patient-safety problem?',
    ],
    frameworkHint:
      'Link the role to harm, then name safeguards. Technical roles: timely patching of critical software, rules for removable media, workstations that lock after inactivity, correct access rights, tested downtime plans. Clinical or operational roles: becoming a super-user, looking for gaps when patients move between units, helping colleagues through technology frustrations. Give one example from your own work.',
    competencies: ['systems_thinking', 'domain_knowledge', 'specificity'],
    tracks: ['healthcare_job', 'residency_fellowship'],
    personas: ['hiring_manager', 'panel', 'informatics_partner'],
    levelExpectations: {},
    levelExpectationsByTrack: {
      residency_fellowship: {
        entry: 'Everyday safeguards a student follows (logging out, patient identification, speaking up) and why they matter.',
        mid: 'Safety habits as a resident with the EHR and with handoffs, and one concern they reported or fixed.',
        senior: 'How they protected patients with systems in practice, and what they would build into informatics work.',
      },
      healthcare_job: {
        entry: 'Following and explaining safety and security practices in daily work, and reporting concerns.',
        mid: 'Designing or improving a safeguard for their area and helping others use it.',
        senior: 'Owning safety and security policy across systems, with monitoring and accountability.',
      },
    },
    targetSeconds: 90,
  },
  {
    id: 'healthcare_it.staying-current-regulations',
    family: 'healthcare_it',
    prompt: 'How do you keep up with healthcare regulations and best practice?',
    assesses:
      'A proactive, ongoing approach to compliance and learning: specific sources, a concrete example of new knowledge changing practice, and sharing it with others.',
    probes: ['What did you do with a recent change you learned about?', 'How do you help your team stay current?'],
    frameworkHint:
      'Sources → example → sharing: name real sources (journals, professional organisations, continuing education, regulators’ updates), tell one story where something new changed how you or your team worked, and explain how you pass knowledge on.',
    competencies: ['specificity', 'domain_knowledge', 'professionalism'],
    tracks: ['healthcare_job'],
    personas: ['hiring_manager', 'panel'],
    levelExpectations: {
      entry:
        'Names the credentials and courses they keep up, plus one habit of passing new points on to the team (a slot in the daily huddle, a shared note).',
      mid: 'Reads the literature in their area regularly and has turned something new into a local protocol or committee recommendation, bringing less experienced colleagues along.',
      senior:
        'Makes learning part of how the department runs (protected time and funding, shared reading, links with academic partners) and helps shape standards beyond the organisation, for example on regional or professional committees.',
    },
    targetSeconds: 90,
  },
  {
    id: 'healthcare_it.ehr-experience',
    family: 'healthcare_it',
    prompt: 'Tell me about your experience with our EMR, or one like it.',
    assesses:
      'Concrete familiarity with electronic record workflows — or, if the system is new to them, transferable experience and a credible way of learning it.',
    probes: [
      'Which workflow do you know best, from start to finish?',
      'What would you change about the system you know?',
      'How would you get up to speed on ours?',
    ],
    frameworkHint:
      'If you know the system, describe specific workflows (ordering, documentation, results, inbox, reports) and one improvement you made or suggested. If not, name the adjacent systems you have used, what transfers, and your plan for learning the new one.',
    competencies: ['domain_knowledge', 'specificity'],
    tracks: ['healthcare_job', 'residency_fellowship'],
    personas: ['hiring_manager', 'panel', 'informatics_partner', 'fellow'],
    levelExpectations: {},
    levelExpectationsByTrack: {
      residency_fellowship: {
        entry: 'EHRs used on rotations described concretely, what they found hard, and how they learn a new system.',
        mid: 'Daily resident workflows known well (orders, notes, inbox) and one improvement they suggested.',
        senior: 'Years of use, any champion or build work, and what they would change first.',
      },
      healthcare_job: {
        entry: 'Everyday use of one system described concretely, and a learning plan.',
        mid: 'Super-user, build, reporting or training experience, with an example.',
        senior: 'Leading implementations, upgrades or optimisation programs, and lessons learned from them.',
      },
    },
    targetSeconds: 90,
  },
  {
    id: 'healthcare_it.proudest-accomplishment',
    family: 'healthcare_it',
    prompt: 'Which piece of work from your present job are you proudest of?',
    assesses:
      'Whether the candidate can point to a concrete piece of their own work — a fixed workflow, a report, a tool, a patient they made a difference for — and its payoff in hours, cost or aggravation avoided.',
    probes: ['How did you measure the result?', 'Which part of it was yours rather than the team’s?'],
    frameworkHint:
      'A short STAR with a number: the problem, what you did or created (a streamlined workflow, a report, a tool, a difference for a patient) and the measurable result — time saved, errors avoided, people helped. Say why you are proud of it.',
    competencies: ['specificity', 'structure'],
    tracks: ['healthcare_job'],
    personas: ['hiring_manager', 'panel'],
    levelExpectations: {
      entry: 'A personal contribution with a clear, even modest, result.',
      mid: 'An improvement they led that changed how a team or service works.',
      senior: 'An organisational result, and the team they built to achieve it.',
    },
    targetSeconds: 90,
  },
  {
    id: 'healthcare_it.how-teammates-describe-you',
    family: 'healthcare_it',
    prompt: 'How would your current teammates describe you?',
    assesses:
      'Self-awareness and how the candidate thinks others experience working with them, backed by evidence rather than adjectives.',
    probes: ['What would they say you could do better?', 'When did that quality last show at work?'],
    frameworkHint:
      'Two or three traits, each with a short piece of evidence (something a colleague said, a role you are often given). Add one honest growth area. Preparation tip: ask a trusted colleague this question before the interview and use the overlap with your own view.',
    competencies: ['professionalism', 'specificity', 'communication'],
    tracks: ['healthcare_job', 'residency_fellowship'],
    personas: ['hiring_manager', 'panel', 'fellow'],
    levelExpectations: {},
    levelExpectationsByTrack: {
      residency_fellowship: {
        entry: 'How classmates or a clinical team would describe them, with examples.',
        mid: 'How co-residents and nurses would describe them, including an area to grow.',
        senior: 'How colleagues in practice would describe them, with evidence from feedback.',
      },
      healthcare_job: {
        entry: 'Three words with an example each, ideally checked with a colleague.',
        mid: 'Words backed by feedback or reviews, including one area to grow.',
        senior: 'How their team and peers would describe their leadership, with evidence.',
      },
    },
    targetSeconds: 60,
  },
  {
    id: 'healthcare_it.ehr-downtime',
    family: 'healthcare_it',
    prompt: 'The EHR goes down in the middle of a busy day. Walk me through the first hour.',
    assesses:
      'Calm, safety-first incident handling: activating downtime procedures, communicating clearly, escalating, and planning recovery and reconciliation.',
    probes: [
      'Who needs to hear from you, and in what order?',
      'In your plan, what is the riskiest part of coming back up?',
      'What would you review afterwards?',
    ],
    frameworkHint:
      'Safety → communication → fix → recovery → review: make sure clinical areas switch to downtime procedures (paper forms, read-only backups), notify and escalate through the incident process, work the technical problem with the right team and vendor, plan data back-entry and reconciliation, then hold a blameless review.',
    basis:
      'ONC SAFER Guides (Contingency Planning); HIPAA Security Rule contingency plan standard (45 CFR 164.308(a)(7)): data backup, disaster recovery and emergency-mode operation.',
    competencies: ['systems_thinking', 'structure', 'domain_knowledge'],
    tracks: ['healthcare_job', 'residency_fellowship'],
    personas: ['hiring_manager', 'panel', 'informatics_partner'],
    levelExpectations: {},
    levelExpectationsByTrack: {
      residency_fellowship: {
        entry: 'Knows downtime forms exist and would put the sickest patients’ information first.',
        mid: 'Has worked a downtime or drill and names the gaps it showed.',
        senior: 'Has led clinical work through a downtime and can improve the plan.',
      },
      healthcare_job: {
        entry: 'Knows where downtime procedures are, follows them and escalates promptly.',
        mid: 'Coordinates the response for an area, communicates status and supports recovery.',
        senior: 'Leads incident command, decides on communication to the organisation and owns the post-incident improvements.',
      },
    },
    targetSeconds: 120,
  },
  {
    id: 'healthcare_it.shared-login-request',
    family: 'healthcare_it',
    prompt: 'A physician asks you to let a colleague use their login for a few hours to save time. How do you respond?',
    assesses:
      'Privacy and security judgment under social pressure: holding the line on individual credentials and audit trails while still solving the clinician’s real problem.',
    probes: ['What do you do if the physician is senior and insists?', 'Who is at risk if you agree?'],
    frameworkHint:
      'Principle → alternative → escalation: decline politely and explain briefly why (every action must be traceable to one person; shared access undermines privacy and safety), offer a real alternative (urgent access request, temporary role, a proxy workflow), and escalate through the access or privacy office if needed.',
    basis:
      'HIPAA Security Rule technical safeguards: unique user identification (45 CFR 164.312(a)(2)(i)) and audit controls (164.312(b)).',
    competencies: ['professionalism', 'domain_knowledge', 'communication'],
    tracks: ['healthcare_job'],
    personas: ['hiring_manager', 'panel'],
    levelExpectations: {
      entry: 'Declines politely, explains that every action must be traceable, and gets a lead or the access team involved.',
      mid: 'Declines, solves the real access problem quickly through the proper route, and reports it if it keeps happening.',
      senior: 'Handles a senior clinician with tact, fixes the process that made sharing tempting, and reinforces the policy.',
    },
    targetSeconds: 60,
  },
  {
    id: 'healthcare_it.prioritising-requests',
    family: 'healthcare_it',
    prompt: 'Three departments each send you an "urgent" request on the same morning. How do you decide what to work on first?',
    assesses:
      'Prioritisation grounded in patient-safety impact and governance rather than who shouts loudest, with transparent communication to the requesters.',
    probes: [
      'Does your order change if one requester is a senior leader?',
      'How do you tell the other two they will have to wait?',
    ],
    frameworkHint:
      'Triage criteria → decision → communication: patient-safety and care-delivery impact first, then the number of people affected, regulatory deadlines and effort; use the agreed prioritisation process; tell every requester what happens next and when.',
    competencies: ['systems_thinking', 'communication', 'structure'],
    tracks: ['healthcare_job', 'residency_fellowship'],
    personas: ['hiring_manager', 'panel', 'informatics_partner'],
    levelExpectations: {},
    levelExpectationsByTrack: {
      residency_fellowship: {
        entry: 'Explains prioritising by patient risk and asking for help.',
        mid: 'Prioritises clinical and informatics tasks as a resident with a clear rule.',
        senior: 'Sets priorities for a team’s requests with transparent criteria.',
      },
      healthcare_job: {
        entry: 'Clarifies the impact of each request and checks with a lead before reordering work.',
        mid: 'Triages independently with clear criteria and manages requesters’ expectations.',
        senior: 'Builds the intake and prioritisation process so that conflicts like this are settled by rules, not negotiation.',
      },
    },
    targetSeconds: 90,
  },
  {
    id: 'healthcare_it.training-busy-clinicians',
    family: 'healthcare_it',
    prompt: 'How would you train busy clinicians on a new feature they did not ask for?',
    assesses:
      'Respect for clinical time and adult-learning sense: short, workflow-based training, the reason for the change, super-users, and support after go-live.',
    probes: ['How long would you ask them to give you?', 'How would you reach night and weekend staff?'],
    frameworkHint:
      'Why → how → when → after: start with what is in it for them or their patients, teach inside their real workflow in short sessions or tip sheets, time it close to go-live, use peer super-users, and follow up with at-the-elbow help and a feedback channel.',
    competencies: ['communication', 'systems_thinking'],
    tracks: ['healthcare_job'],
    personas: ['hiring_manager', 'panel'],
    levelExpectations: {
      entry: 'Clear, brief, hands-on training and patience with questions.',
      mid: 'A training plan with super-users, materials for different roles and follow-up.',
      senior: 'A training strategy across many changes, measuring proficiency and adoption.',
    },
    targetSeconds: 90,
  },
  {
    id: 'healthcare_it.report-request',
    family: 'healthcare_it',
    prompt: 'A manager asks you for a report on readmissions by next week. What do you ask before you build it?',
    assesses:
      'Requirements thinking with data: clarifying the decision the report supports, definitions, data sources, privacy, and how the output will be used.',
    probes: ['How would you define a readmission for this report?', 'How would you check that the numbers are right?'],
    frameworkHint:
      'Purpose → definitions → data → delivery: what decision the report will inform; how readmission, population and time window are defined; where the data comes from and how reliable it is; who may see it (minimum necessary); and how it will be delivered and validated with the requester.',
    competencies: ['systems_thinking', 'domain_knowledge', 'communication'],
    tracks: ['healthcare_job'],
    personas: ['hiring_manager', 'panel'],
    levelExpectations: {
      entry: 'Asks about purpose, format and deadline, and checks the data with someone experienced.',
      mid: 'Pins down definitions and data sources, validates results and documents assumptions.',
      senior:
        'Connects the request to existing measures and governance, avoiding one-off reports that contradict official figures.',
    },
    targetSeconds: 90,
  },

  // ───────────────────────────── International medical graduates ─────────────────────────────
  {
    id: 'img.gap-in-training',
    family: 'img',
    prompt: 'I see some time between finishing medical school and applying here. Tell me about those years.',
    assesses:
      'Whether the candidate can explain a gap briefly, honestly and without defensiveness, and show that the time was used purposefully and that they are ready now.',
    probes: [
      'How have you kept your clinical skills current?',
      'What did that period teach you that you would not otherwise have learned?',
    ],
    frameworkHint:
      'Brief and factual, then forward: one or two sentences on the reason (exams, relocation, family, visa timing), what you did during the gap (observerships, research, clinical or informatics work, courses), and why you are ready now. Do not over-explain or apologise.',
    askOnlyWhen: 'the CV shows a gap in clinical work or training (commonly more than a few months); never ask it of everyone.',
    competencies: ['professionalism', 'communication', 'specificity'],
    tracks: ['residency_fellowship'],
    personas: ['program_director'],
    levelExpectations: {
      entry: 'A short, factual reason for time between school and application, what they did with it, and readiness now.',
      mid: 'A gap before or during postgraduate training explained calmly, with clinical or research work that kept skills current.',
      senior: 'Time away from practice or between countries explained briefly, with how they have kept current and why now.',
    },
    targetSeconds: 60,
  },
  {
    id: 'img.limited-local-experience',
    family: 'img',
    prompt: 'Your clinical experience in this country is limited. How will you manage working in our health system?',
    assesses:
      'Transparency about the limitation, evidence of concrete preparation, adaptability, and the ability to present an international background as an asset for informatics.',
    probes: [
      'What have you done to learn local documentation and workflows?',
      'What do you expect to find hardest in your first months?',
    ],
    askOnlyWhen: 'the application shows little or no clinical experience in this country; never ask it of everyone.',
    frameworkHint:
      'Acknowledge → evidence → perspective: name the gap plainly, then list what you have done (local observerships, research or remote collaboration, study of local documentation, quality measures and EHR use), and finish with how working in another system gives you a comparative, systems-level view.',
    competencies: ['professionalism', 'specificity', 'motivation_fit'],
    tracks: ['residency_fellowship'],
    personas: ['program_director', 'faculty'],
    levelExpectations: {
      entry: 'Observerships, electives or research here, plus a clear plan for learning local documentation and systems.',
      mid: 'Postgraduate training abroad linked to local work already done and the specific habits they are learning.',
      senior: 'Practice experience abroad framed as an asset, with concrete steps taken to learn this system and its rules.',
    },
    targetSeconds: 90,
  },
  {
    id: 'img.visa-status',
    family: 'img',
    prompt: 'What is your current visa situation?',
    assesses:
      'A brief, accurate, factual answer that gives the program what it needs to plan, without anxiety or a long story — and that the candidate knows the facts of their own route.',
    probes: ['Would you need the program to sponsor a visa?', 'Does that bring any timing constraints we should know about?'],
    frameworkHint:
      'Brief and factual: your current status, what you would need from the program, and any dates. Know the facts behind it. Most training programs use the J-1, sponsored for clinical training by ECFMG, not by the program; it carries a two-year home-country residence requirement after training, which can be waived (for example through a Conrad 30 position in an underserved area). An H-1B needs USMLE Step 3 passed before the petition and an institution willing to file it; many programs do not. Two or three sentences, then stop.',
    basis:
      'ECFMG J-1 exchange visitor sponsorship and the two-year home-residence requirement (INA 212(e)) with its waivers (Conrad 30, hardship, interested government agency); H-1B for physicians (USMLE Step 3, employer petition).',
    competencies: ['professionalism', 'communication'],
    tracks: ['residency_fellowship'],
    personas: ['program_director'],
    levelExpectations: {
      entry:
        'Their current status, whether they need a J-1 through ECFMG or an H-1B (with Step 3), and what the program would need to know — in a few factual sentences.',
      mid: 'The same for fellowship, including how a J-1 already used for residency and its home-residence requirement affect the plan.',
      senior: 'The same, calmly, including any waiver obligation, family moves or licensing that affect the start date.',
    },
    targetSeconds: 30,
  },
  {
    id: 'img.international-strength',
    family: 'img',
    prompt: 'How does having trained in another health system shape the way you would approach informatics?',
    assesses:
      'Whether the candidate can turn international experience into informatics strengths — comparison across systems, pragmatic design under constraints, user-centred and equitable thinking — with concrete examples.',
    probes: ['Which workflow worked better where you trained?', 'What would you be careful not to assume here?'],
    frameworkHint:
      'Experience → challenge → informatics skill, for one or two examples: for instance paper or hybrid records (understanding how information gets lost and why closed-loop tracking matters), scarce resources (prioritising information and designing lean workflows), many languages and cultures (designing tools that work for diverse users).',
    competencies: ['systems_thinking', 'specificity', 'motivation_fit'],
    tracks: ['residency_fellowship'],
    personas: ['program_director', 'faculty', 'informatics_partner', 'fellow'],
    levelExpectations: {
      entry: 'One example from training abroad (paper records, scarce tests) turned into an informatics insight.',
      mid: 'Two examples comparing systems from their training, each linked to a design or workflow idea.',
      senior: 'Years of practice in another system turned into concrete lessons for design, equity and implementation here.',
    },
    targetSeconds: 90,
  },
  {
    id: 'img.adapting-to-new-health-system',
    family: 'img',
    prompt: 'What has been the hardest part of adjusting to a new health system and culture?',
    assesses: 'Honest self-reflection, adaptability and the support-seeking behaviour that predicts a smooth start in training.',
    probes: ['How have you handled it?', 'Who helped you most?', 'What do you still find unfamiliar?'],
    frameworkHint:
      'One specific challenge (hierarchy, documentation style, communication norms, the pace of the system), the concrete steps you took (a mentor, observing, asking, practising), and what is easier now. Keep it honest but forward-looking.',
    competencies: ['professionalism', 'communication'],
    tracks: ['residency_fellowship'],
    personas: ['fellow', 'program_director'],
    levelExpectations: {
      entry: 'One real difficulty in adjusting, who helped, and what is easier now.',
      mid: 'Adjusting to different hierarchy, documentation or communication norms during local work, and how they adapted.',
      senior: 'Moving from senior practice abroad to a new system, handling the change in status with humility and a plan.',
    },
    targetSeconds: 90,
  },
  {
    id: 'img.communication-across-cultures',
    family: 'img',
    prompt: 'Tell me about communicating with a patient or colleague whose language or culture was different from yours.',
    assesses:
      'Cross-cultural communication skill, humility, appropriate use of interpreters, and awareness of how this connects to designing technology for diverse users.',
    probes: [
      'What did you adjust in how you communicated?',
      'How would that experience shape a patient-facing tool you helped design?',
    ],
    frameworkHint:
      'A short example told in situation → what you adjusted → result (checking understanding, using interpreters rather than family, plain language, respecting preferences), then one sentence connecting it to user-centred, equitable design in informatics.',
    competencies: ['communication', 'specificity', 'systems_thinking'],
    tracks: ['residency_fellowship'],
    personas: ['fellow', 'faculty', 'informatics_partner'],
    levelExpectations: {
      entry: 'An example of checking understanding across languages or cultures, using interpreters properly.',
      mid: 'An example from clinical work adjusting how they communicated, and a link to patient-facing technology.',
      senior:
        'Experience across languages and cultures applied to teams and tools, such as designing materials for diverse patients.',
    },
    targetSeconds: 90,
  },
  {
    id: 'img.why-train-in-this-country',
    family: 'img',
    prompt: 'Why do you want to train in this country rather than where you qualified?',
    assesses:
      'A positive, specific reason for training in this health system — tied to the candidate’s goals and what they will give back — delivered without criticising their home system and with the commitment the program needs to hear.',
    probes: [
      'What do you expect to be most different from where you trained?',
      'How do you see your career across the two systems in ten years?',
      'What ties do you already have here?',
    ],
    frameworkHint:
      'Goal → what training here offers → what you bring → commitment: the work you want to do, the specific training, systems or informatics infrastructure that make this the place for it, the perspective your first system gives you, and your plans afterwards. Respectful about home; concrete about here.',
    competencies: ['motivation_fit', 'communication', 'professionalism'],
    tracks: ['residency_fellowship'],
    personas: ['program_director', 'faculty', 'fellow'],
    levelExpectations: {
      entry: 'What training here offers for their goals, said without disparaging home, with links they already have here.',
      mid: 'Why this health system’s training fits the informatics or specialty work they want, and how they will contribute.',
      senior: 'What they want from training here after practising elsewhere, and how they see their career across both systems.',
    },
    targetSeconds: 90,
  },

  // ───────────────────────────── Closing ─────────────────────────────
  {
    id: 'closing.questions-for-us',
    family: 'closing',
    prompt: 'Do you have any questions for us?',
    assesses:
      'The quality of the candidate’s own questions: evidence of research, genuine curiosity and judgment about what this interviewer can answer. "No, you covered everything" or generic questions score low.',
    probes: [
      'Is there anything about the role or program you are still unsure about?',
      'What would you need from a program to settle in well during your first months?',
    ],
    frameworkHint:
      'Prepare five to seven tailored questions and ask the two or three that suit this interviewer: program director → curriculum, mentorship, where graduates go; faculty → projects, research, collaboration; fellows → culture, workload, how much hands-on EHR work; informatics partner → how trainees join governance or optimisation; hiring manager → what success looks like in the first months, the team, the culture. Avoid questions the website already answers, and listen to the answers.',
    competencies: ['candidate_questions', 'motivation_fit', 'specificity'],
    tracks: ['residency_fellowship', 'healthcare_job'],
    personas: ['program_director', 'faculty', 'fellow', 'informatics_partner', 'hiring_manager', 'panel'],
    levelExpectations: {},
    levelExpectationsByTrack: {
      residency_fellowship: {
        entry: 'Two or three researched questions about teaching, mentorship and where graduates go.',
        mid: 'Questions about projects, protected time and fellows’ roles in the organisation, building on what they heard today.',
        senior: 'Questions about how their experience would be used, leadership opportunities and the program’s direction.',
      },
      healthcare_job: {
        entry: 'Questions about training, support, what a typical day looks like and how success is judged early on.',
        mid: 'Questions about the team’s priorities, the challenges in the role and how it has evolved.',
        senior: 'Questions about strategy, decision rights, resources and what the organisation most needs from this hire.',
      },
    },
    targetSeconds: 120,
  },
  {
    id: 'closing.questions-for-fellows',
    family: 'closing',
    prompt: 'What would you like to know about life here from someone who is in the middle of it?',
    assesses:
      'Whether the candidate uses time with a current fellow or resident well: honest questions about culture, workload and day-to-day training, asked tactfully, with real listening and follow-up.',
    probes: [
      'Anything about the workload or schedule you would like to hear honestly?',
      'Is there something you would not feel comfortable asking faculty?',
    ],
    frameworkHint:
      'Ask what only a trainee can tell you: what a typical week looks like, how much hands-on EHR or project work versus teaching, how fellows support one another, what they would change, what surprised them. Follow up on their answers rather than running down a list.',
    competencies: ['candidate_questions', 'communication', 'motivation_fit'],
    tracks: ['residency_fellowship'],
    personas: ['fellow'],
    levelExpectations: {
      entry: 'Honest questions about daily life, workload and support that the website does not answer.',
      mid: 'Questions comparing what fellowship adds to residency: schedule, project time, how fellows are treated.',
      senior: 'Questions about life as a trainee again — workload, balance with clinical work, how experience is valued.',
    },
    targetSeconds: 120,
  },
  {
    id: 'closing.anything-else',
    family: 'closing',
    prompt: 'Before we finish, is there anything else you would like us to know about you?',
    assesses:
      'Whether the candidate can use an open last word well: add one relevant point that has not come up, connect it to the role, and close warmly and on time.',
    probes: ['What should we remember about you when we compare candidates tonight?'],
    frameworkHint:
      'One point, under a minute: a strength or experience not yet covered (or a correction of something you answered poorly), tied to this role, then thank them for their time and restate your interest.',
    competencies: ['communication', 'motivation_fit', 'professionalism'],
    tracks: ['residency_fellowship', 'healthcare_job'],
    personas: ['program_director', 'faculty', 'fellow', 'informatics_partner', 'hiring_manager', 'panel'],
    levelExpectations: {},
    levelExpectationsByTrack: {
      residency_fellowship: {
        entry: 'One short point that adds to the day, or a confident “no” with thanks; never a new long story.',
        mid: 'A brief link back to the program and one thing not yet covered.',
        senior: 'A concise summary of what they bring, then stop.',
      },
      healthcare_job: {
        entry: 'A short point or a confident “no” with thanks.',
        mid: 'One relevant point not yet covered, tied to the role.',
        senior: 'A concise statement of what they would bring in their first months.',
      },
    },
    targetSeconds: 45,
  },
  {
    id: 'closing.final-pitch',
    family: 'closing',
    prompt: 'Why should we choose you over the other candidates?',
    assesses:
      'Confident, evidence-based self-advocacy tied to the organisation’s needs, without arrogance or comparisons with other candidates.',
    probes: ['Which of those reasons matters most for this role?'],
    frameworkHint:
      'Three reasons, each matched to something they need and backed by one piece of evidence from your experience. Do not comment on other candidates; finish with what you would do first if chosen.',
    competencies: ['motivation_fit', 'specificity', 'communication'],
    tracks: ['healthcare_job', 'residency_fellowship'],
    personas: ['panel', 'hiring_manager', 'program_director'],
    levelExpectations: {},
    levelExpectationsByTrack: {
      residency_fellowship: {
        entry: 'A short close: why this specialty and program, and one thing to remember about them.',
        mid: 'Why this fellowship, what they will contribute, in under a minute.',
        senior: 'What their experience brings and their commitment to the training, briefly.',
      },
      healthcare_job: {
        entry: 'Reliability, learning speed and a relevant experience, each with a quick example.',
        mid: 'A track record in a similar setting and a skill that fills a gap on the team.',
        senior: 'A leadership record against problems like theirs, and a credible view of their first year.',
      },
    },
    targetSeconds: 60,
  },
  {
    id: 'closing.informational-wrap-up',
    family: 'closing',
    prompt: 'We are nearly out of time. Is there anything else you wanted to ask me?',
    assesses:
      'How the student closes an informational interview: keeping to the agreed time, choosing at most one priority question, thanking the professional specifically, and setting up follow-up politely.',
    probes: ['Would you like me to suggest anyone else you could talk to?', 'Is there anything you want to send me afterwards?'],
    frameworkHint:
      'Respect the clock: if time is up, say so yourself. Ask one last question only if it is important, thank them for something specific they said, ask whether you may stay in contact, and send a thank-you email within a day.',
    competencies: ['professionalism', 'candidate_questions', 'communication'],
    tracks: ['informational'],
    personas: ['professional'],
    levelExpectations: {
      entry: 'Notices the time, thanks the professional and sums up one thing learned.',
      mid: 'Closes on time with a specific thank-you and a mention of how the advice will be used.',
      senior: 'Closes on time, thanks them and states the decision or next step the conversation helped with.',
    },
    targetSeconds: 60,
  },

  // ───────────────────────────── Informational interview (the student asks) ─────────────────────────────
  {
    id: 'informational.typical-workday',
    family: 'informational',
    prompt: 'Could you walk me through an ordinary working day for you, from arriving to heading home?',
    assesses:
      'Asking an open question and then genuinely listening: the student lets the professional talk, notes specifics, and builds follow-ups on what was actually said rather than jumping to the next prepared question.',
    probes: [
      'Which part of your day takes more time than outsiders would expect?',
      'How different is a quiet day for you from a hectic one?',
      'Where does most of your time actually go?',
    ],
    frameworkHint:
      'Start broad, then follow the thread: ask the open question, stay quiet while they answer, and pick one detail they mentioned for a follow-up. Take brief notes. It is fine to let the conversation wander — you do not need to get through every question.',
    competencies: ['candidate_questions', 'communication'],
    tracks: ['informational'],
    personas: ['professional'],
    levelExpectations: {
      entry: 'Asks openly and follows up on one detail they heard rather than moving to the next question.',
      mid: 'Compares the answer with what they saw while shadowing and asks about the parts they have not seen.',
      senior: 'Asks how the day compares with other fields and what a newcomer from another career finds hardest.',
    },
    targetSeconds: 180,
  },
  {
    id: 'informational.work-environment',
    family: 'informational',
    prompt: 'What is the setting you work in like?',
    assesses:
      'Curiosity about the setting and team beyond the job title, and tactful listening for what the professional values or finds difficult.',
    probes: [
      'Who are the people around you day to day?',
      'Which colleagues do you depend on most?',
      'How does this setting compare with others you have worked in?',
    ],
    frameworkHint:
      'Ask, listen, reflect back: summarise one thing they said in a sentence ("so the team is small and you cover for each other?") before following up. Reflecting back shows you are listening and often draws out more detail.',
    competencies: ['candidate_questions', 'communication'],
    tracks: ['informational'],
    personas: ['professional'],
    levelExpectations: {
      entry: 'Asks about the setting and team, and follows up on one detail.',
      mid: 'Asks how the environment shapes the work, linking it to their own choices.',
      senior: 'Compares it with their previous field and asks what surprised the professional.',
    },
    targetSeconds: 150,
  },
  {
    id: 'informational.skills-used-daily',
    family: 'informational',
    prompt: 'If you had to name the three skills that carry you through a working day, what would they be?',
    assesses:
      'Turning the conversation into something the student can act on: asking about skills, then asking how those skills are built, and listening for non-clinical skills as well as technical ones.',
    probes: [
      'How did you develop that skill: through teaching, or on the job?',
      'Which of those skills could I start building now?',
    ],
    frameworkHint:
      'Ask for the skills, then turn each into a next step: "How could someone at my stage start practising that?" Write them down; they make good material for your thank-you note and for later applications.',
    competencies: ['candidate_questions', 'communication'],
    tracks: ['informational'],
    personas: ['professional'],
    levelExpectations: {
      entry: 'Asks which skills matter most and how to start building one now.',
      mid: 'Asks how those skills are judged in applications and training, and which they should strengthen.',
      senior: 'Asks which skills from their previous career transfer and which they will have to learn.',
    },
    targetSeconds: 150,
  },
  {
    id: 'informational.problems-and-decisions',
    family: 'informational',
    prompt: 'What sorts of problems land on your desk?',
    assesses:
      'Interest in the substance and responsibility of the work, and the sensitivity not to push for confidential patient details.',
    probes: [
      'Which decisions are yours to make?',
      'Can you walk me through a recent decision, without any patient details?',
      'Which decisions are hardest for you, and why?',
    ],
    frameworkHint:
      'Ask for a kind of problem rather than a specific patient, and make clear that you do not need identifying details. Follow up on how they reason, who they consult and how they handle uncertainty.',
    competencies: ['candidate_questions', 'professionalism', 'communication'],
    tracks: ['informational'],
    personas: ['professional'],
    levelExpectations: {
      entry: 'Asks about a typical problem and listens for how it was decided.',
      mid: 'Asks about a hard decision and the trade-offs, with a follow-up.',
      senior: 'Asks how decisions and accountability compare with their own previous work.',
    },
    targetSeconds: 180,
  },
  {
    id: 'informational.what-makes-someone-successful',
    family: 'informational',
    prompt: 'What separates people who thrive in your role from those who struggle?',
    assesses:
      'A thoughtful question that invites reflection rather than a job description, and attention to the personal qualities the professional emphasises.',
    probes: [
      'What changed for someone you saw go from struggling to thriving?',
      'Which of those qualities did you have to work on yourself?',
    ],
    frameworkHint:
      'Give them a moment to think — this question rewards patience. Follow up with a request for an example, and quietly compare what you hear with your own strengths so you know what to build.',
    competencies: ['candidate_questions', 'communication'],
    tracks: ['informational'],
    personas: ['professional'],
    levelExpectations: {
      entry: 'Asks what success looks like and notes one quality to build.',
      mid: 'Asks how the professional recognised those qualities in others, with a follow-up.',
      senior: 'Asks which of their own existing strengths would carry over.',
    },
    targetSeconds: 150,
  },
  {
    id: 'informational.career-path',
    family: 'informational',
    prompt: 'How did you get from where you started to where you are now?',
    assesses:
      'Having done some homework on the professional’s background beforehand, asking about turning points rather than a résumé, and letting them tell the story at their own pace.',
    probes: [
      'Was there a point where you nearly chose a different path?',
      'What did you not expect about the route you took?',
      'Where do you hope to be in the next few years?',
    ],
    frameworkHint:
      'Show you prepared: mention something you already know about their path ("I saw you trained at…") and ask about the decisions behind it. Listen for turning points and ask about one. Keep an eye on time — this answer can be long.',
    competencies: ['candidate_questions', 'communication', 'professionalism'],
    tracks: ['informational'],
    personas: ['professional'],
    levelExpectations: {
      entry: 'Listens to the path and asks about one turning point.',
      mid: 'Asks how the professional chose among options at their own stage and what they would choose again.',
      senior: 'Asks about people who entered the field later and how they made the change.',
    },
    targetSeconds: 240,
  },
  {
    id: 'informational.undergraduate-choices',
    family: 'informational',
    prompt: 'Looking back, how well did your undergraduate studies set you up for this career?',
    assesses:
      'Asking about preparation in a way that helps the student plan their own coursework, without implying there is a single right major.',
    probes: [
      'Is there a course or experience you would recommend I seek out?',
      'What would you study differently if you started again?',
    ],
    frameworkHint:
      'Link their answer to your own plans: after they answer, briefly say what you are studying and ask what they would add or change. Keep your part short — the point is their perspective.',
    competencies: ['candidate_questions', 'communication'],
    tracks: ['informational'],
    personas: ['professional'],
    levelExpectations: {
      entry: 'Asks about courses and experiences that helped, and notes one to pursue.',
      mid: 'Asks how the professional’s choices fit with their own application plans.',
      senior: 'Asks what a career changer should add to their preparation.',
    },
    targetSeconds: 150,
  },
  {
    id: 'informational.work-life',
    family: 'informational',
    prompt: 'How does this work fit with the rest of your life outside it?',
    assesses:
      'Asking a personal question respectfully, accepting whatever level of detail the professional offers, and listening for how demands change across a career.',
    probes: [
      'Has that balance changed at different stages of your career?',
      'What helps you protect time for yourself and the people close to you?',
    ],
    frameworkHint:
      'Frame it openly and let them choose how much to share. Do not press for private details; if they answer briefly, thank them and move on. Their answer is as useful as the job description in deciding whether the career suits you.',
    competencies: ['candidate_questions', 'professionalism'],
    tracks: ['informational'],
    personas: ['professional'],
    levelExpectations: {
      entry: 'Asks respectfully about hours and balance without prying.',
      mid: 'Asks how balance changes across training and practice and how people protect it.',
      senior: 'Asks how the demands compare with a career they know and what trade-offs the professional has made.',
    },
    targetSeconds: 150,
  },
  {
    id: 'informational.choosing-a-program',
    family: 'informational',
    prompt: 'When you were choosing a professional school or program, what mattered most to you?',
    assesses:
      'Drawing practical, forward-looking advice out of the professional’s experience, with follow-ups that relate it to the student’s own situation.',
    probes: [
      'What would you weigh differently today?',
      'What turned out to matter more than you expected?',
      'How could I find that out about a program before applying?',
    ],
    frameworkHint:
      'Ask about criteria, then about hindsight. Listen for factors you have not considered (teaching style, location, cost, mentorship) and ask how to investigate them.',
    competencies: ['candidate_questions', 'communication'],
    tracks: ['informational'],
    personas: ['professional'],
    levelExpectations: {
      entry: 'Asks what the professional looked for in a program.',
      mid: 'Asks how to judge programs beyond rankings, with a follow-up on one factor.',
      senior: 'Asks what matters most for someone entering later in life.',
    },
    targetSeconds: 180,
  },
  {
    id: 'informational.wish-you-had-known',
    family: 'informational',
    prompt: 'What do you wish you had known when you were at the stage I am at now?',
    assesses:
      'A reflective question that invites candour, and the student’s ability to receive advice graciously and follow up on it.',
    probes: [
      'How would knowing that have changed what you did?',
      'Is there a mistake you see students in my position make often?',
    ],
    frameworkHint:
      'Ask it, then wait — reflective questions often need a pause. Thank them for candour, and ask one follow-up that turns the insight into something you can do this year.',
    competencies: ['candidate_questions', 'communication'],
    tracks: ['informational'],
    personas: ['professional'],
    levelExpectations: {
      entry: 'Asks what the professional wishes they had known, and listens.',
      mid: 'Follows up on one point to see how it applies to their own stage.',
      senior: 'Asks how that insight applies to someone changing careers.',
    },
    targetSeconds: 150,
  },
  {
    id: 'informational.advice-starting-out',
    family: 'informational',
    prompt: 'If you were advising someone taking their first steps toward your field, what would you tell them?',
    assesses: 'Collecting advice the student can act on, and asking for priorities rather than a long list.',
    probes: [
      'If I could only do one of those things this year, which should it be?',
      'Are there people, organisations or resources you would point me to?',
    ],
    frameworkHint:
      'Ask for advice, then for priorities: "If you had to pick one, which matters most?" Note their exact suggestions; mentioning one in your thank-you note shows you listened.',
    competencies: ['candidate_questions', 'communication'],
    tracks: ['informational'],
    personas: ['professional'],
    levelExpectations: {
      entry: 'Asks for one concrete next step and notes it.',
      mid: 'Asks what would make their application stronger this year.',
      senior: 'Asks what a career changer should do first and which mistakes to avoid.',
    },
    targetSeconds: 180,
  },
  {
    id: 'informational.rewarding-and-hard',
    family: 'informational',
    prompt: 'What is the most rewarding part of your work?',
    assesses:
      'Asking for a balanced picture and listening to the difficult parts without rushing to reassure or change the subject.',
    probes: [
      'What is the hardest part of it?',
      'How do you handle the hard parts when they come up?',
      'Has what you find rewarding changed over time?',
    ],
    frameworkHint:
      'Ask both halves together so the professional can be honest about the downsides. Acknowledge the hard part briefly ("that sounds demanding") before following up; do not try to solve it.',
    competencies: ['candidate_questions', 'communication'],
    tracks: ['informational'],
    personas: ['professional'],
    levelExpectations: {
      entry: 'Asks about the best and hardest parts, and listens to both.',
      mid: 'Follows up on the hard part to understand how it is handled.',
      senior: 'Asks how the rewards and burdens compare with their current career.',
    },
    targetSeconds: 180,
  },
  {
    id: 'informational.future-of-field',
    family: 'informational',
    prompt: 'How do you see your field changing over the next several years?',
    assesses:
      'Forward-looking curiosity and the ability to connect big-picture trends (technology, data, new care models) to practical preparation.',
    probes: [
      'How should someone preparing now get ready for that?',
      'Which change excites you most?',
      'What skill do you think will matter more in ten years than it does now?',
    ],
    frameworkHint:
      'Ask about trends, then pull it back to you: "Given that, what would you focus on at my stage?" Avoid debating their views; you are there to learn.',
    competencies: ['candidate_questions', 'communication'],
    tracks: ['informational'],
    personas: ['professional'],
    levelExpectations: {
      entry: 'Asks where the field is going and what to learn for it.',
      mid: 'Asks how changes (technology, policy) will affect training now.',
      senior: 'Asks where their previous experience could be useful as the field changes.',
    },
    targetSeconds: 180,
  },
  {
    id: 'informational.who-else-to-talk-to',
    family: 'informational',
    prompt: 'Is there anyone else you would suggest I speak with?',
    assesses:
      'Growing a network courteously: asking for referrals near the end, asking permission to use the professional’s name, and not pressing if they have no one in mind.',
    probes: ['May I mention that you suggested it?', 'Would you prefer I reach out directly, or would you rather introduce us?'],
    frameworkHint:
      'Ask near the end, once the conversation has gone well. Ask permission before using their name, note exactly how they prefer you to make contact, and let them know later how the conversation went.',
    competencies: ['candidate_questions', 'professionalism'],
    tracks: ['informational'],
    personas: ['professional'],
    levelExpectations: {
      entry: 'Asks politely whether there is someone else worth speaking with.',
      mid: 'Asks for a specific kind of contact that fills a gap in what they know.',
      senior: 'Asks for someone who made a similar career change.',
    },
    targetSeconds: 60,
  },
  {
    id: 'informational.shadowing-possibility',
    family: 'informational',
    prompt: 'Would it ever be possible to shadow you or someone on your team, even some time from now?',
    assesses:
      'Judgment about timing and tone: asking only if the conversation has gone well, accepting limits gracefully, and offering flexibility.',
    probes: ['Who would be the right person to arrange that with?'],
    frameworkHint:
      'Ask lightly and give an easy way to say no ("if it is ever possible…"). If they agree, follow up promptly to schedule, stay flexible if dates have to move, and confirm again nearer the time.',
    competencies: ['candidate_questions', 'professionalism'],
    tracks: ['informational'],
    personas: ['professional'],
    levelExpectations: {
      entry: 'Asks politely about shadowing, accepting any answer.',
      mid: 'Asks with a concrete, flexible proposal and thanks the professional either way.',
      senior: 'Asks respectfully, offering flexibility around their current work.',
    },
    targetSeconds: 60,
  },
  {
    id: 'informational.may-i-stay-in-contact',
    family: 'informational',
    prompt: 'Thank you — this has been really helpful. Would you mind if I kept in touch by email as further questions come up?',
    assesses:
      'A gracious, on-time close: specific thanks, asking permission for further contact and the preferred channel, and a clear plan to follow up with a thank-you.',
    probes: ['What is the best way to reach you?', 'How often would it be reasonable for me to get in touch?'],
    frameworkHint:
      'Close at the agreed time even if questions remain: thank them for one specific thing they shared, ask whether and how you may stay in contact, then send a thank-you email within a day (a handwritten note later is a nice extra).',
    competencies: ['professionalism', 'candidate_questions', 'communication'],
    tracks: ['informational'],
    personas: ['professional'],
    levelExpectations: {
      entry: 'Asks if they may stay in touch and how, and promises a thank-you note within a day.',
      mid: 'Asks to share news of their application later and how the professional prefers to hear.',
      senior: 'Asks to stay in contact and offers something back where they can, such as insight from their own field.',
    },
    targetSeconds: 45,
  },
  {
    id: 'img.exam-attempts',
    family: 'img',
    prompt: 'Your application shows more than one attempt at a licensing exam. What happened?',
    assesses:
      'A short, factual account of a setback that the program will see anyway: ownership without excuses, what the candidate changed in how they prepared, and evidence (later scores, clinical work) that it is behind them.',
    probes: ['What did you do differently the second time?', 'How do you prepare now for something high-stakes?'],
    frameworkHint:
      'STAR, kept brief: the situation in one sentence, what you did about it (a new study method, a timetable, help you asked for), and the result (the pass and what followed). Do not blame the exam or circumstances; end on what the experience taught you about preparing.',
    askOnlyWhen: 'the application shows more than one attempt at a USMLE (or equivalent) exam; never ask it of everyone.',
    competencies: ['professionalism', 'structure', 'communication'],
    tracks: ['residency_fellowship'],
    personas: ['program_director'],
    levelExpectations: {
      entry: 'Names the attempt plainly, the change in preparation and the later result, in about a minute, without excuses.',
      mid: 'The same for an exam during residency, with what they now do to prepare for in-training and board exams.',
      senior:
        'A calm account that puts the attempt in the context of years of practice since, with evidence of current knowledge.',
    },
    targetSeconds: 90,
  },
  {
    id: 'img.year-of-graduation',
    family: 'img',
    prompt: 'Several years have passed since you graduated from medical school. How have you kept your clinical skills current?',
    assesses:
      'Whether the candidate can show recent, hands-on clinical activity and learning, and explain the timeline calmly — the question behind most programs’ graduation-year filters.',
    probes: [
      'When did you last take responsibility for a patient’s care?',
      'What would you need in your first month to be safe on the wards here?',
    ],
    frameworkHint:
      'Timeline → recent practice → learning → readiness: one sentence on the years since graduation, the most recent clinical work with dates, courses or observerships that kept skills current, and a realistic statement of what support you would need at the start.',
    askOnlyWhen:
      'the candidate graduated from medical school several years ago (many programs look at five years or more); not for recent graduates.',
    competencies: ['professionalism', 'specificity', 'communication'],
    tracks: ['residency_fellowship'],
    personas: ['program_director'],
    levelExpectations: {
      entry:
        'A recent graduate is not asked this; a graduate of some years gives dates of recent clinical work and what kept skills current.',
      mid: 'Not usually asked of a current resident; if asked, points to residency itself.',
      senior:
        'Practice abroad with dates, the most recent clinical responsibility, and a plan for the transition to a trainee role.',
    },
    targetSeconds: 90,
  },
  {
    id: 'img.fellowship-eligibility',
    family: 'img',
    prompt:
      'You completed your residency outside the United States and Canada. How do you meet this fellowship’s eligibility requirements?',
    assesses:
      'Whether the candidate knows the real route into an accredited clinical informatics fellowship: it follows a completed residency accredited by ACGME (or RCPSC or CFPC); ACGME allows an exception for exceptionally qualified applicants, but each program decides and it is narrow; and board certification in the subspecialty rests on a primary board certification.',
    probes: [
      'Has the program told you whether it considers exceptionally qualified applicants?',
      'What is your route to board eligibility after the fellowship?',
    ],
    frameworkHint:
      'Facts first, then evidence: say which residency you completed and where; if it was not accredited by ACGME, RCPSC or CFPC, say plainly that you would need the program to accept you through the exceptionally qualified applicant pathway and what supports it (training, publications, leadership, US clinical experience); then say how you would reach primary board certification, which the subspecialty board requires.',
    askOnlyWhen:
      'the candidate completed residency outside ACGME, RCPSC or CFPC accreditation; not for graduates of accredited residencies.',
    basis:
      'ACGME Common Program Requirements (Fellowship) on eligibility, including the exceptionally qualified applicant exception; ABPM/ABP requirements for the clinical informatics subspecialty (primary board certification).',
    competencies: ['domain_knowledge', 'professionalism', 'communication'],
    tracks: ['residency_fellowship'],
    personas: ['program_director', 'faculty'],
    levelExpectations: {
      mid: 'A resident abroad knows their training does not on its own meet the requirement and describes the route honestly.',
      senior:
        'A physician who trained and practised abroad explains the exceptional-applicant route, their evidence for it and their plan for primary board certification, without claiming practice alone qualifies them.',
    },
    targetSeconds: 90,
  },
  {
    id: 'healthcare_it.build-request-requirements',
    family: 'healthcare_it',
    prompt:
      'A nurse manager asks you to “add a field to the admission form.” How do you work out what is really needed before anything is built?',
    assesses:
      'Requirements gathering for a build request: finding the problem behind the request, who uses the data and where it flows, existing options, sign-off and testing — rather than building the first thing asked for.',
    probes: [
      'What questions would you ask the nurse manager first?',
      'Who else needs to agree before it goes live?',
      'How would you know it solved the problem?',
    ],
    frameworkHint:
      'STAR with a real request, or a plan if you have none: the problem behind the ask (what decision or report needs the data), the users and workflow, whether existing fields or a report already meet it, downstream effects (reports, interfaces, documentation time), approval through the change process, testing with end users, and a check after go-live.',
    competencies: ['systems_thinking', 'structure', 'communication'],
    tracks: ['healthcare_job'],
    personas: ['hiring_manager', 'panel'],
    levelExpectations: {
      entry: 'Asks why before building, names the users, and tests with them.',
      mid: 'Runs a full requirements conversation, checks downstream reports and interfaces, and uses the change-approval process.',
      senior: 'Sets up intake and prioritisation for requests like this across the organisation, including governance sign-off.',
    },
    targetSeconds: 120,
  },
  {
    id: 'healthcare_it.interface-feed-stopped',
    family: 'healthcare_it',
    prompt: 'At 6 a.m. the lab says results have stopped appearing in the record since 2 a.m. Walk me through what you do.',
    assesses:
      'Troubleshooting an interface calmly and safely: protecting patients first (a workaround for results), then checking the interface engine, queues and acknowledgements, escalating to the right teams and the vendor, and closing the loop afterwards.',
    probes: [
      'What do you tell clinicians to do for results in the meantime?',
      'Once the feed restarts, how do you find anything still missing?',
      'Who do you tell, and when?',
    ],
    frameworkHint:
      'Safety → diagnose → fix → recover → prevent: a workaround so critical results are phoned or viewed in the lab system; check the interface engine (is the connection up, are messages queued or erroring, are acknowledgements coming back); escalate to the interface team, lab system owner or vendor; once fixed, make sure queued results post in order and none are lost; then a short review and an alert on queue depth so it is caught sooner.',
    basis:
      'HL7 v2 results messaging (ORU) with acknowledgements (ACK) through an interface engine; ONC SAFER Guide on test-result follow-up.',
    competencies: ['systems_thinking', 'domain_knowledge', 'structure'],
    tracks: ['healthcare_job'],
    personas: ['hiring_manager', 'panel'],
    levelExpectations: {
      entry: 'Puts patient safety first with a workaround, knows whom to escalate to, and keeps people informed.',
      mid: 'Checks queues, errors and acknowledgements in the interface engine, and verifies that backlogged results post correctly.',
      senior:
        'Runs the incident: communication, vendor escalation, a post-incident review and monitoring so it is caught within minutes next time.',
    },
    targetSeconds: 120,
  },
  {
    id: 'healthcare_it.project-behind-schedule',
    family: 'healthcare_it',
    prompt: 'Tell me about a project that fell behind schedule.',
    assesses:
      'Project delivery under pressure: seeing the slip early, finding the cause, re-planning with scope, time or resources, telling sponsors honestly, and protecting patient safety and quality rather than cutting testing.',
    probes: [
      'Who did you tell when you first knew it would slip?',
      'What did you refuse to cut?',
      'What would you do differently at the start next time?',
    ],
    frameworkHint:
      'STAR: the project and the deadline, how you found out it was slipping (a milestone missed, a tracker), the cause, the options you put to the sponsor (scope, date, people), the decision and its result. Say plainly that testing and training were protected, and name what you changed in how you plan.',
    competencies: ['structure', 'systems_thinking', 'professionalism'],
    tracks: ['healthcare_job'],
    personas: ['hiring_manager', 'panel'],
    levelExpectations: {
      entry: 'A piece of work they owned that slipped, how they told their lead early and what they learned about estimating.',
      mid: 'A project they coordinated: the cause, options taken to the sponsor, and a re-plan that protected testing.',
      senior:
        'A portfolio or major project: how they surfaced risk, negotiated scope with executives, and changed planning practice afterwards.',
    },
    targetSeconds: 120,
  },
  {
    id: 'healthcare_it.vendor-issue',
    family: 'healthcare_it',
    prompt:
      'A vendor’s update broke part of a clinical workflow and their support team is slow to respond. How do you handle it?',
    assesses:
      'Managing a vendor relationship in a safety-relevant incident: a workaround for users, clear evidence to the vendor, escalation through the contract and account channels, and keeping clinicians informed — without blaming or giving up on the partner.',
    probes: [
      'What evidence do you send the vendor?',
      'When do you roll the update back?',
      'How do you keep clinicians on side meanwhile?',
    ],
    frameworkHint:
      'STAR or a plan: assess patient impact and put a workaround in place; reproduce the problem and send the vendor steps, screenshots and severity; escalate through the support tiers and the account manager, using the service levels in the contract; decide on rollback with the change board; update users regularly; afterwards, add the case to regression testing for the next update.',
    competencies: ['systems_thinking', 'professionalism', 'communication'],
    tracks: ['healthcare_job'],
    personas: ['hiring_manager', 'panel'],
    levelExpectations: {
      entry: 'Documents the problem clearly for the vendor, tells users about a workaround, and escalates to their lead.',
      mid: 'Works the ticket with evidence and severity, escalates through the account, and adds regression tests.',
      senior:
        'Uses the contract and the relationship, decides on rollback with the change board, and reviews the vendor’s performance.',
    },
    targetSeconds: 120,
  },
  {
    id: 'healthcare_it.go-live-support',
    family: 'healthcare_it',
    prompt: 'You are supporting a unit on the first night of a new system’s go-live. What does good support look like?',
    assesses:
      'Practical go-live support: being visible at the elbow, triaging issues by patient risk, logging and escalating through the command centre, tracking workarounds, and looking after tired staff.',
    probes: [
      'A nurse cannot find where to document a blood transfusion. What do you do?',
      'How do you decide what to escalate tonight?',
      'What do you hand over in the morning?',
    ],
    frameworkHint:
      'STAR from a go-live you supported, or a plan: preparation (super-users, tip sheets, downtime forms), at-the-elbow help on the floor, every issue logged with its patient risk, urgent ones escalated to the command centre at once, workarounds written down and shared, and a handover of open issues with their owners. End with what you would measure in the first week.',
    competencies: ['systems_thinking', 'communication', 'professionalism'],
    tracks: ['healthcare_job'],
    personas: ['hiring_manager', 'panel'],
    levelExpectations: {
      entry: 'Helps at the elbow, logs every issue, escalates safety problems at once, stays patient with stressed staff.',
      mid: 'Triages by patient risk, coordinates with the command centre and super-users, and hands over cleanly.',
      senior: 'Plans the support model: staffing, command centre, issue triage rules and the measures for the first weeks.',
    },
    targetSeconds: 120,
  },
  {
    id: 'behavioural.memorable-patient',
    family: 'behavioural',
    prompt: 'Tell me about a patient you remember, and why.',
    assesses:
      'Reflection and humanity: whether the candidate can tell a real patient story with respect and confidentiality, say what they did, and show how it changed their practice.',
    probes: ['What did you do for that patient that someone else might not have?', 'What would you do differently now?'],
    frameworkHint:
      'STAR with reflection: the patient in a few respectful, de-identified details, what you did, what happened, and what it changed in how you work. No names or identifying details; keep the patient at the centre rather than yourself as hero.',
    competencies: ['structure', 'specificity', 'professionalism'],
    tracks: ['residency_fellowship'],
    personas: ['program_director', 'faculty', 'fellow'],
    levelExpectations: {
      entry: 'A patient from a clerkship told with respect, their own part clear, and one thing it taught them.',
      mid: 'A residency patient where they carried responsibility, with what it changed in their practice.',
      senior: 'A patient from practice that shaped how they lead or teach, told briefly and without identifying details.',
    },
    targetSeconds: 120,
  },
  {
    id: 'behavioural.greatest-weakness',
    family: 'behavioural',
    prompt: 'What is a real weakness of yours?',
    assesses:
      'Honest self-assessment: a genuine, job-relevant weakness (not a disguised strength), evidence of what the candidate does about it, and how they check progress.',
    probes: ['What are you doing about it?', 'When did it last show up?', 'Who would notice if you were improving?'],
    frameworkHint:
      'STAR in small: name the weakness plainly, give a recent example where it showed, what you are doing about it (a habit, a tool, feedback you ask for), and the evidence it is improving. Avoid “I work too hard” and avoid a weakness that would make you unsafe in the role without a plan.',
    competencies: ['professionalism', 'specificity', 'structure'],
    tracks: ['residency_fellowship', 'healthcare_job'],
    personas: ['program_director', 'hiring_manager', 'panel'],
    levelExpectations: {},
    levelExpectationsByTrack: {
      residency_fellowship: {
        entry: 'A real weakness from medical school with a concrete step already taken and how they know it helps.',
        mid: 'A weakness seen in residency (delegating, time in notes) with feedback sought and progress shown.',
        senior: 'A weakness from practice or leadership, what they changed and how colleagues would confirm it.',
      },
      healthcare_job: {
        entry: 'A genuine weakness with a first step and a way to check progress.',
        mid: 'A weakness that has cost them at work, with a sustained change and evidence.',
        senior: 'A leadership weakness, how they compensate through the team, and how they seek feedback.',
      },
    },
    targetSeconds: 90,
  },
  {
    id: 'behavioural.life-outside-medicine',
    family: 'behavioural',
    prompt: 'What do you do outside medicine?',
    assesses:
      'A person beyond the CV: a real interest told with a detail, and a link to how they work with others. Health and personal circumstances are the candidate’s to share or not: never probe them.',
    probes: [
      'What has it taught you that you bring to work?',
      'How do you keep time for it during busy rotations?',
      'What about it are you proudest of?',
    ],
    frameworkHint:
      'STAR in small: one interest with a concrete detail (a team, a project, a commitment), one moment from it, and what it taught you that shows up at work (teamwork, persistence, calm). Keep it short and genuine; you do not have to disclose anything about your health or family.',
    competencies: ['communication', 'specificity', 'professionalism'],
    tracks: ['residency_fellowship'],
    personas: ['fellow', 'program_director'],
    levelExpectations: {
      entry: 'One genuine interest with a detail and a link to how they work with people.',
      mid: 'How they keep an interest alive in residency and what it gives their work.',
      senior: 'Interests and commitments that sustain them, and how they model balance for trainees.',
    },
    targetSeconds: 90,
  },
  {
    id: 'behavioural.teaching-and-leading',
    family: 'behavioural',
    prompt: 'Tell me about a time you taught or led a group.',
    assesses:
      'Teaching and leadership shown through actions: preparing, adapting to learners, giving feedback, sharing work, and checking the result.',
    probes: ['How did you know it worked?', 'What would the learners say you did best?', 'What did you change the next time?'],
    frameworkHint:
      'STAR: the group and the goal, what you planned, how you adapted on the day, the result (what learners could do afterwards, feedback scores, a task delivered), and what you changed next time.',
    competencies: ['structure', 'specificity', 'communication'],
    tracks: ['residency_fellowship'],
    personas: ['program_director', 'faculty', 'fellow'],
    levelExpectations: {
      entry: 'Peer teaching, a student society or a project team, with one thing they adapted and some evidence it worked.',
      mid: 'Teaching students or juniors on the wards, or leading a QI team, with feedback they acted on.',
      senior: 'Running teaching programs or teams in practice, with how they develop others.',
    },
    targetSeconds: 120,
  },
  {
    id: 'knowledge.ai-in-clinical-care',
    family: 'knowledge',
    prompt: 'How should a hospital decide whether to adopt an AI tool for clinical care?',
    assesses:
      'A balanced view of AI in care: realistic uses (documentation, triage, imaging, prediction), risks (bias, errors presented with confidence, drift, privacy), and governance — local validation, monitoring by subgroup, transparency to clinicians and patients, and clear accountability.',
    probes: [
      'Where do you see tools like that helping or harming care in the next few years?',
      'What would you measure in the first three months after go-live?',
      'When the tool you described makes a wrong suggestion, who is responsible?',
    ],
    frameworkHint:
      'Use → risk → evaluation → governance: one concrete use you know, the specific ways it can fail (bias from training data or proxies, plausible but wrong output, performance drifting over time), how to evaluate it locally before and after go-live (accuracy by subgroup, workload, safety events), and who owns the decision and the monitoring. Mention transparency to patients where it touches them.',
    basis:
      'ONC HTI-1 rule on decision support interventions (source-attribute transparency for predictive tools); FDA guidance on clinical decision support software; HHS Section 1557 rule on nondiscrimination in patient-care decision tools.',
    competencies: ['domain_knowledge', 'systems_thinking', 'communication'],
    tracks: ['residency_fellowship', 'healthcare_job'],
    personas: ['faculty', 'informatics_partner', 'hiring_manager', 'panel'],
    levelExpectations: {},
    levelExpectationsByTrack: {
      residency_fellowship: {
        entry:
          'A residency applicant: one realistic use and one way it can fail, and that a tool needs checking locally before clinicians rely on it.',
        mid: 'A balanced view with one concrete use and failure mode, and a sensible local evaluation.',
        senior:
          'Draws on tools they have used in practice, and proposes governance with monitoring by subgroup and clear ownership.',
      },
      healthcare_job: {
        entry: 'Names a realistic use and a risk, and says tools should be checked locally.',
        mid: 'Describes an evaluation plan and the data needed, including fairness checks.',
        senior: 'Sets out the governance, vendor obligations and monitoring for AI tools across the organisation.',
      },
    },
    targetSeconds: 120,
  },
  {
    id: 'knowledge.information-blocking',
    family: 'knowledge',
    prompt: 'What does the Cures Act’s information blocking rule mean for releasing test results and notes to patients?',
    assesses:
      'Knowing the rule’s core: electronic health information must not be unreasonably withheld from patients, including immediate release through the portal, with defined exceptions (preventing harm, privacy, security, infeasibility and others) — and the workflow consequences for clinicians.',
    probes: [
      'How does your answer change for a cancer result the clinician has not yet discussed with the patient?',
      'What would you put in place so patients are not shocked by a result they read first?',
    ],
    frameworkHint:
      'Rule → exceptions → workflow: withholding or delaying electronic health information without a reason the rule recognises can be information blocking; the exceptions are specific (for example preventing substantial harm to the patient, judged case by case, or the patient’s own request to delay), not a blanket delay for all sensitive results. Then the workflow: patients may see results before the clinician, so offer patient choice on timing where the rule allows, explain results in plain language, and make follow-up easy.',
    basis:
      '21st Century Cures Act information blocking rule (45 CFR Part 171), including the preventing-harm and privacy exceptions; ONC Cures Act Final Rule (2020).',
    competencies: ['domain_knowledge', 'systems_thinking', 'professionalism'],
    tracks: ['residency_fellowship', 'healthcare_job'],
    personas: ['faculty', 'informatics_partner', 'hiring_manager', 'panel'],
    levelExpectations: {},
    levelExpectationsByTrack: {
      residency_fellowship: {
        entry:
          'A residency applicant: knows patients may see results in the portal before a clinician has discussed them, and how a clinician can prepare them.',
        mid: 'Knows results must be released without unreasonable delay, names the preventing-harm exception as case by case, and describes a supportive workflow.',
        senior:
          'Has handled patients reading results first, and can set policy within the exceptions with clinicians and compliance.',
      },
      healthcare_job: {
        entry:
          'Knows patients are entitled to their electronic information without unreasonable delay and that exceptions are narrow.',
        mid: 'Explains how portal release settings and workflows meet the rule.',
        senior: 'Owns the organisation’s approach: policy, exceptions documentation, audits and clinician education.',
      },
    },
    targetSeconds: 90,
  },
  {
    id: 'closing.img-questions-for-program',
    family: 'closing',
    prompt: 'As an international graduate, what would you want to ask us about training here?',
    assesses:
      'Whether an international graduate asks the questions that matter to their success — support for visas and licensing, orientation to the local system, mentorship and how past international trainees did — researched, and asked with confidence.',
    probes: ['Which of those matters most to you, and why?', 'What did you already find out before today?'],
    frameworkHint:
      'Two or three researched questions: how the program supports visa and licensing paperwork (which visas it sponsors), what orientation to local documentation and the EHR looks like, and how international trainees have been mentored and where they went next. Avoid questions the website answers; follow up on what you hear.',
    competencies: ['candidate_questions', 'motivation_fit', 'communication'],
    tracks: ['residency_fellowship'],
    personas: ['program_director', 'fellow'],
    levelExpectations: {
      entry: 'Researched questions about visa sponsorship, orientation and mentoring, with one follow-up.',
      mid: 'Questions about moving from training abroad into this fellowship, board eligibility support and mentoring.',
      senior: 'Questions about returning to a trainee role after practice, family and licensing logistics, asked directly.',
    },
    targetSeconds: 120,
  },
  // ───────────────────────────── MMI and situational-judgement stations ─────────────────────────────
  {
    id: 'station.colleague-impairment',
    family: 'station',
    prompt: 'Tell me what you would do in the next thirty minutes, and why.',
    assesses:
      'Whether the candidate puts patient safety first without abandoning a colleague: acting now, using the proper route, and treating possible impairment as a health and safety matter rather than a scandal.',
    probes: [
      'Sam begs you not to tell anyone because it would end their career. What do you say?',
      'What if you were wrong and Sam was simply exhausted?',
      'Who else in the hospital would you tell, and when?',
    ],
    frameworkHint:
      'Principles → people → options → decision → communication: patient safety and duty to act, fairness and care for a colleague; the patients, Sam, the surgical team, you; options from ignoring it to a public confrontation; a decision that keeps Sam away from patients now and brings in the senior on call, then the route the institution provides (a physician health program or occupational health); a private, kind conversation with Sam that says what you have seen.',
    competencies: ['ethical_reasoning', 'communication', 'professionalism'],
    tracks: ['residency_fellowship'],
    personas: ['mmi_station'],
    levelExpectations: {
      entry:
        'Recognises that patients come first, says they would get a senior involved today rather than deal with it alone, and treats Sam with kindness.',
      mid: 'Acts within the hour: removes Sam from clinical work through the senior on call, knows the institution’s route for impaired practitioners and keeps the conversation factual.',
      senior:
        'Also thinks about the system: cover for Sam’s cases, documentation, the physician health program, and how to support Sam’s return; names their own duty as a licensed physician.',
    },
    station: {
      scenario:
        'It is 7:10 on a Saturday morning. You are about to take handover from Sam, a fellow trainee you get on well with, who covered the night. Sam is slurring a little, smells of alcohol and drops the handover list twice. Sam laughs it off: “Rough night, I’m fine, I just need coffee — I’m scrubbing in for a case at eight.” No senior is in the room yet.',
      task: 'Tell me what you would do in the next thirty minutes, and why.',
      lookFor: {
        principles:
          'Patient safety and the duty to act on a risk you have seen; honesty; compassion and fairness towards a colleague who may be unwell.',
        stakeholders:
          'The patients Sam would treat this morning, Sam, the operating team, the program and the candidate themselves.',
        options:
          'Say nothing; talk to Sam only; stop Sam from working and involve the senior on call; report formally through the program; each weighed for safety now and fairness later.',
        decision:
          'Sam does not see patients or operate today; the senior on call is told now; the formal route (program director, physician health or occupational health service) follows, framed as help rather than punishment.',
        communication:
          'A private, calm conversation with Sam naming what was observed rather than a diagnosis, then a factual handover of the concern to the senior, without gossip.',
      },
    },
    targetSeconds: 240,
  },
  {
    id: 'station.unprofessional-remarks',
    family: 'station',
    prompt: 'What would you do, now and afterwards?',
    assesses:
      'Whether the candidate can respond to unprofessional behaviour by someone senior in proportion: protecting the patient’s dignity, modelling the right conduct for learners, and using feedback and reporting routes without humiliating anyone.',
    probes: [
      'What would you say to the student afterwards?',
      'The attending writes your evaluation. Does that change what you do?',
      'What do you owe the patient?',
    ],
    frameworkHint:
      'Name the harm (stigma, trust, learners absorbing a norm), the people affected, and graded options: a word in the moment, a private conversation with the attending, feedback through the program’s channel, or a report if it continues. Decide, and say how you would answer the student honestly without running down the attending.',
    competencies: ['ethical_reasoning', 'communication', 'professionalism'],
    tracks: ['residency_fellowship'],
    personas: ['mmi_station'],
    levelExpectations: {
      entry:
        'Says the remark was wrong and that they would not join in, answers the student honestly, and knows at least one route for raising it.',
      mid: 'Chooses between a private word and a formal channel with reasons, considers the power gap, and protects the learners.',
      senior:
        'Speaks to the attending as a colleague, links the behaviour to care for patients with obesity, and thinks about the unit’s culture and teaching.',
    },
    station: {
      scenario:
        'You are on a ward round with an attending you respect, two medical students and a nurse. Outside a patient’s room the attending jokes about the patient’s weight and says, loud enough for people nearby to hear, that “people like this don’t want to get better.” The students laugh uneasily. Later, one of them asks you quietly whether that is “just how it is here.”',
      task: 'What would you do, now and afterwards?',
      lookFor: {
        principles:
          'Respect for the patient’s dignity; non-discrimination; professional role-modelling; speaking up proportionately and through proper channels.',
        stakeholders:
          'The patient (who may have heard), the students, the nurse, the attending, the team’s culture and the candidate.',
        options:
          'Stay silent; redirect in the moment; speak privately to the attending afterwards; use the program’s anonymous or formal reporting channel; escalate if it repeats.',
        decision:
          'At the least a private, specific conversation with the attending or a report through the program’s channel, and an honest answer to the student that this is not acceptable.',
        communication:
          'Specific and non-accusatory to the attending (“I noticed… the students heard…”), honest and supportive to the student, and a check that the patient was not harmed by what they overheard.',
      },
    },
    targetSeconds: 240,
  },
  {
    id: 'station.disclosure-of-error',
    family: 'station',
    prompt: 'What do you say to the patient?',
    assesses:
      'Honesty with patients after an error, understanding of what disclosure involves, and whether the candidate also deals with the system that allowed it — not just the apology.',
    probes: [
      'What else do you do once you have spoken to the patient?',
      'The registrar is annoyed with you for telling them. How do you handle that?',
      'Why would you report it if no harm came of it?',
    ],
    frameworkHint:
      'Principles (honesty, respect for autonomy, duty of candour, learning from error) → people (patient, family, registrar, pharmacist, nurse) → options (say nothing, a vague answer, a full disclosure) → decision (tell the patient plainly, with a senior present if possible) → communication (what happened, what it means for them, what is being done, an apology) plus an incident report so the order screen or process can be fixed.',
    competencies: ['ethical_reasoning', 'communication', 'professionalism'],
    tracks: ['residency_fellowship'],
    personas: ['mmi_station'],
    levelExpectations: {
      entry: 'Tells the patient honestly and apologises, involves a senior, and would report the error.',
      mid: 'Knows the steps of disclosure and the institution’s reporting system, and looks at why the order screen allowed the wrong frequency.',
      senior:
        'Leads the disclosure, supports the junior who erred, follows up the report to a change in the order set, and addresses the registrar’s view directly.',
    },
    station: {
      scenario:
        'On a medical ward you prescribed a patient’s usual blood thinner, but you chose the twice-daily dose instead of the once-daily one. The patient received two extra doses before the pharmacist caught it. Bloods are normal and the patient feels well. The registrar on the ward says, “No harm done — no need to worry them, just fix the order.” The patient asks you why the nurse changed their tablets.',
      task: 'What do you say to the patient?',
      lookFor: {
        principles:
          'Honesty and the duty of candour; respect for the patient’s right to know; non-maleficence (monitoring); a just culture that learns from error.',
        stakeholders:
          'The patient and family, the registrar, the pharmacist and nurse, the candidate, future patients who meet the same order screen.',
        options:
          'Say nothing; answer vaguely; disclose fully with or without a senior present; report or not report the incident.',
        decision:
          'Disclose what happened plainly and apologise, arrange any monitoring, involve a senior, and file an incident report whatever the registrar prefers.',
        communication:
          'Plain words, no jargon or blame: what happened, what it means, what is being done, an apology and an invitation to ask questions; a respectful explanation to the registrar of why disclosure is required.',
      },
    },
    targetSeconds: 240,
  },
  {
    id: 'station.capacity-refusal',
    family: 'station',
    prompt: 'How would you approach this?',
    assesses:
      'Understanding that adults with capacity may refuse treatment, how capacity is assessed (for this decision, at this time), and whether the candidate looks for ways to meet the patient’s real concern before anything else.',
    probes: [
      'What exactly would you ask to judge his capacity for this decision?',
      'If he has capacity and still leaves, what do you do?',
      'What weight would you give the daughter’s view?',
    ],
    frameworkHint:
      'Start from the patient’s goal (his dog, his home), assess capacity for this decision now (understand, retain, weigh, communicate), look for options that meet both his aim and his safety (someone to feed the dog, oral antibiotics, a home visit), and decide according to what the assessment shows. Say how you would talk to him and to his daughter without breaching his confidentiality.',
    competencies: ['ethical_reasoning', 'communication', 'professionalism'],
    tracks: ['residency_fellowship'],
    personas: ['mmi_station'],
    levelExpectations: {
      entry:
        'Knows that a competent adult may refuse, names the parts of a capacity assessment, and looks for the reason he wants to leave.',
      mid: 'Assesses capacity for this decision, offers concrete alternatives (oral antibiotics, help with the dog), documents, and knows the local law and who to call.',
      senior:
        'Handles fluctuating capacity and the daughter’s pressure with confidence, and plans safe discharge against advice with follow-up.',
    },
    station: {
      scenario:
        'Mr Okafor, 79, was admitted two days ago with pneumonia. He is improving on intravenous antibiotics but is not ready for discharge. This morning he is dressed and says he is going home to feed his dog; he lives alone. Overnight the nurses found him disoriented, but right now he is calm and chatting. His daughter, on the phone, tells you to “stop him at all costs.”',
      task: 'How would you approach this?',
      lookFor: {
        principles:
          'Respect for autonomy; capacity as decision-specific and time-specific; beneficence; least restrictive option; confidentiality towards family.',
        stakeholders: 'Mr Okafor, his daughter, the nurses, the team, and (practically) the dog he is worried about.',
        options:
          'Let him go without more; detain him; assess capacity and negotiate — arrange care for the dog, switch to oral treatment, home support, a follow-up plan; if capacity is lacking, act in his best interests with the least restriction.',
        decision:
          'A documented capacity assessment for this decision; if he has capacity, respect his choice while making leaving as safe as possible; if not, best-interests care with his daughter consulted.',
        communication:
          'Listen first, explain the risks plainly, check understanding in his own words, keep the door open to return; tell the daughter what he agrees may be shared.',
      },
    },
    targetSeconds: 240,
  },
  {
    id: 'station.confidentiality-family',
    family: 'station',
    prompt: 'What do you say to the son?',
    assesses:
      'Whether the candidate keeps a patient’s confidence under pressure while staying kind to a worried relative, and respects the patient’s stated wishes about her own information.',
    probes: [
      'He says, “I’m a nurse, I understand it — just between colleagues.” Does that change anything?',
      'How do you give Mrs Duarte the result?',
      'When, if ever, could you share information without her agreement?',
    ],
    frameworkHint:
      'Principles (confidentiality, autonomy, honesty, compassion for the family) → the people → options (tell him, refuse flatly, decline the result while listening and offering a route) → decision (no result to the son; the patient hears it first, as she asked, with support offered) → communication (acknowledge his worry, explain that you cannot share, suggest he speak with his mother, offer that she can invite him).',
    competencies: ['ethical_reasoning', 'communication', 'professionalism'],
    tracks: ['residency_fellowship'],
    personas: ['mmi_station'],
    levelExpectations: {
      entry: 'Declines to share without her agreement, stays kind to the son, and says the patient should hear first.',
      mid: 'Handles the “I’m a colleague” pressure, knows the exceptions to confidentiality are narrow, and plans how to break the news.',
      senior:
        'Leads the bad-news conversation, supports the family within the patient’s wishes, and guides the team on what may be said.',
    },
    station: {
      scenario:
        'Mrs Duarte, 58, had a biopsy last week. The result shows cancer. She has told the team she wants to hear results first, on her own, and decide what to tell her family. Her son, a nurse at another hospital, phones the ward: he says his mother is too anxious to hear bad news, asks you to tell him the result so the family can “prepare her gently,” and gets angry when you hesitate.',
      task: 'What do you say to the son?',
      lookFor: {
        principles:
          'Confidentiality; respect for the patient’s stated wishes and autonomy; honesty; compassion for the family; the same rule whatever the caller’s profession.',
        stakeholders: 'Mrs Duarte, her son and family, the ward team, and the trust patients place in the hospital.',
        options:
          'Give the result; refuse curtly; decline to share while acknowledging his worry and offering a route through his mother; ask Mrs Duarte how she wants her family involved.',
        decision:
          'No result to the son; Mrs Duarte receives it first as she asked, in a planned conversation, and is offered the chance to bring family.',
        communication:
          'Warm and clear with the son (“I can hear how worried you are; I can’t discuss your mother’s care without her agreement”), and a private, prepared conversation with Mrs Duarte.',
      },
    },
    targetSeconds: 240,
  },
  {
    id: 'station.scarce-resource',
    family: 'station',
    prompt: 'Talk me through how you would decide.',
    assesses:
      'Fairness in allocating a scarce resource: using clinical criteria applied the same way to everyone, recognising irrelevant factors (status, pressure), involving the right people, and communicating a hard decision honestly.',
    probes: [
      'Does the councillor’s position change your decision?',
      'How would you explain the decision to the patient who does not get the bed?',
      'Should you make this decision alone?',
    ],
    frameworkHint:
      'Name the principles (justice, need and likely benefit, equal respect, transparency), the people, and options (first come, clinical priority by agreed criteria, transfer, care at a higher level outside the unit); decide with the intensivist using the hospital’s criteria, exclude social status, plan care and transfer for the other patient, and explain the decision to both families the same way.',
    competencies: ['ethical_reasoning', 'communication', 'professionalism'],
    tracks: ['residency_fellowship'],
    personas: ['mmi_station'],
    levelExpectations: {
      entry: 'Names fairness and clinical need, rejects status as a reason, and says the decision belongs with the senior team.',
      mid: 'Uses severity and likely benefit explicitly, plans care for the other patient, and knows escalation and transfer routes.',
      senior:
        'Leads the decision with the intensivist, documents it, handles the director and family pressure, and raises capacity planning afterwards.',
    },
    station: {
      scenario:
        'It is 2 a.m. in a small hospital during a winter surge. One intensive-care bed is free. Two patients need it: a 34-year-old with severe asthma who is tiring despite treatment, and a 71-year-old with sepsis whose blood pressure is falling; she is a well-known local councillor and her family is already asking to speak to the hospital director. Transfer to another hospital would take at least three hours for either.',
      task: 'Talk me through how you would decide.',
      lookFor: {
        principles:
          'Justice and equal respect; allocation by need and likelihood of benefit using agreed criteria; excluding social status or pressure; transparency; duty of care to the patient not chosen.',
        stakeholders:
          'Both patients and families, the intensive-care and ward teams, the hospital director, other patients who may need the bed later.',
        options:
          'First come first served; priority by clinical criteria (severity, reversibility, expected benefit); transfer one patient; increase support for one outside the unit while arranging transfer.',
        decision:
          'Decided with the intensivist on clinical criteria applied to both alike; the councillor’s status plays no part; the other patient gets escalated care and transfer.',
        communication:
          'The same honest explanation to both families, the criteria named, what is being done for each; a factual note to the director, without special treatment.',
      },
    },
    targetSeconds: 240,
  },
  {
    id: 'station.falsified-logbook',
    family: 'station',
    prompt: 'What would you say to Priya?',
    assesses:
      'Integrity when a friend asks for a small dishonesty, understanding why training records matter to patients, and whether the candidate helps solve the real problem.',
    probes: [
      'She says you owe her: she covered your shift last month. How do you answer?',
      'What if you found out others really do sign like this?',
      'How could you help Priya meet the requirement honestly?',
    ],
    frameworkHint:
      'Principles (honesty, patient safety behind competence records, loyalty and fairness to a friend) → people (Priya, future patients, supervisors, other trainees) → options (sign, refuse, refuse and help) → decision (do not sign; help her find supervised opportunities or ask for an extension) → communication (a direct, kind refusal, and raising the wider practice through the program if it is common).',
    competencies: ['ethical_reasoning', 'communication', 'professionalism'],
    tracks: ['residency_fellowship'],
    personas: ['mmi_station'],
    levelExpectations: {
      entry: 'Refuses, explains why records matter for patients, and offers to help.',
      mid: 'Refuses, offers concrete help (supervised lists, talking to the program), and considers whether the practice needs raising.',
      senior:
        'Also looks at the system that makes trainees cut corners (deadlines, access to procedures) and how supervisors sign logs.',
    },
    station: {
      scenario:
        'Your friend Priya, in the same year of training, is short of the procedures she needs logged before a deadline next week. She asks you to sign her logbook for two central lines she “watched closely” but did not perform, saying everyone does it and she will do plenty next month. You were on the same shifts, and you know she did not do them.',
      task: 'What would you say to Priya?',
      lookFor: {
        principles:
          'Honesty and the integrity of training records; patient safety (a logbook stands for supervised competence); loyalty to a friend that does not extend to dishonesty; fairness to other trainees.',
        stakeholders: 'Priya, the patients she will treat, supervisors who rely on the log, other trainees, and the candidate.',
        options:
          'Sign as asked; refuse and walk away; refuse and help her get the procedures or an extension; report if the practice is widespread.',
        decision:
          'Refuse to sign, help her find supervised procedures or talk to the program about the deadline, and raise a widespread practice through the program.',
        communication: 'A direct, private, kind refusal that names the reason and offers practical help, without lecturing.',
      },
    },
    targetSeconds: 240,
  },
  {
    id: 'station.interpreter-consent',
    family: 'station',
    prompt: 'How would you obtain consent, and why?',
    assesses:
      'Respect for autonomy through valid informed consent, equity for patients with limited English, and balancing time pressure against the quality of consent.',
    probes: [
      'What could go wrong using her son?',
      'If the list will be cancelled, does that change your answer?',
      'How would you check that she has understood?',
    ],
    frameworkHint:
      'Principles (informed consent, autonomy, equity, confidentiality, protecting a child from an adult role) → people → options (use the son, wait for a professional interpreter, video or phone interpreter now, reschedule) → decision (a professional interpreter; discuss timing with the consultant and the list) → communication (teach-back through the interpreter, and an explanation to the son and consultant).',
    competencies: ['ethical_reasoning', 'communication', 'professionalism'],
    tracks: ['residency_fellowship'],
    personas: ['mmi_station'],
    levelExpectations: {
      entry: 'Prefers a professional interpreter, explains why a child should not interpret consent, and checks understanding.',
      mid: 'Knows the hospital’s interpreting services and the standard for valid consent, and negotiates the time pressure.',
      senior:
        'Handles the consultant directly, protects the list where possible, and sees the pattern (interpreter access) as a system problem to raise.',
    },
    station: {
      scenario:
        'A woman who speaks little English needs consent for an urgent but not emergency procedure this afternoon. Her 15-year-old son, who speaks both languages, offers to interpret. A professional interpreter can be on the phone in forty minutes, which would push the procedure past the end of the list. The consultant says, “Just use the son — it’s a simple consent.”',
      task: 'How would you obtain consent, and why?',
      lookFor: {
        principles:
          'Valid informed consent and autonomy; equity of care for patients with limited English; confidentiality; not placing a child in the role of interpreter of serious news.',
        stakeholders: 'The patient, her son, the consultant and theatre team, other patients on the list.',
        options:
          'Consent through the son; wait for a professional interpreter; use an immediate phone or video interpreting service; reschedule if needed.',
        decision:
          'Use a professional interpreter (phone or video if faster); negotiate the list rather than accept consent of doubtful quality.',
        communication:
          'Teach-back through the interpreter to confirm understanding; thank the son and explain why; tell the consultant the reason and the plan.',
      },
    },
    targetSeconds: 240,
  },
  {
    id: 'station.biased-risk-model',
    family: 'station',
    prompt: 'What would you do about the model?',
    assesses:
      'Whether the candidate recognises algorithmic bias (here, a cost proxy that under-counts need where access is lower), knows how to check it with data, and pursues a fix through governance while weighing the harm of delay.',
    probes: [
      'How would you answer the program director’s point that the model is accurate?',
      'What evidence would you gather before raising it?',
      'What would you propose for the patients already missed?',
    ],
    frameworkHint:
      'Principles (justice, non-maleficence, transparency, accountability) → people (missed patients, care managers, vendor, leaders) → options (stay quiet, raise informally, formal review through the AI or CDS governance group) → decision (pause the expansion or add a safeguard until a fairness check is done; ask the vendor to change the target from cost to need) → communication (data-led, to the committee and leaders, and to the care team about interim manual review).',
    competencies: ['ethical_reasoning', 'communication', 'professionalism'],
    tracks: ['residency_fellowship'],
    personas: ['mmi_station'],
    levelExpectations: {
      entry: 'Sees that a model can be accurate and unfair at once, and would raise it with data rather than let it pass.',
      mid: 'Explains why a cost proxy under-counts need where access is lower, proposes a subgroup check, and goes through governance.',
      senior:
        'Leads the fairness review with the vendor, sets monitoring by subgroup for future models, and manages the rollout trade-off.',
    },
    station: {
      scenario:
        'Your hospital uses a vendor’s model to pick patients for a care-management program that prevents readmissions. As an informatics trainee you notice that, at the same level of illness, Black patients are flagged much less often than white patients. The model predicts future healthcare costs as its stand-in for need. The program director says the model is “accurate” and that changing it would delay the rollout to two more hospitals next month.',
      task: 'What would you do about the model?',
      lookFor: {
        principles:
          'Justice and equity; non-maleficence; transparency and accountability for algorithms; evidence over assertion.',
        stakeholders:
          'Patients under-selected by the model, care managers, clinicians, the vendor, hospital leaders and the governance committee.',
        options:
          'Do nothing; raise it informally; bring a fairness analysis to the AI or decision-support governance group; change the target, re-weight or add a manual review; pause the expansion.',
        decision:
          'Raise it formally with the data, recommend a change of target from cost to measured need (or a safeguard) before expansion, and add interim review of missed patients.',
        communication:
          'Plain, evidence-based: flagging rates by group at the same illness level, what the proxy does, the options and their costs; shared with the committee, the vendor and the care team.',
      },
    },
    targetSeconds: 240,
  },
  {
    id: 'station.ai-scribe-consent',
    family: 'station',
    prompt: 'What would you do about this?',
    assesses:
      'Whether the candidate separates the issues — consent and privacy, accuracy and the clinician’s responsibility for what they sign, and the governance of a new tool — and takes proportionate action for patients and for the system.',
    probes: [
      'Who do you think is responsible for the invented examination in the note?',
      'What would meaningful consent look like in your busy clinic?',
      'Would you stop using the tool?',
    ],
    frameworkHint:
      'Principles (autonomy and consent, confidentiality, honesty of the record, accountability) → people → options (ignore, tell the colleague, report, pause, redesign the workflow) → decision (correct the record with the colleague, respond to the complaint, raise it with the tool’s governance group with a concrete consent and review process) → communication (to the patient, the colleague and the clinic).',
    competencies: ['ethical_reasoning', 'communication', 'professionalism'],
    tracks: ['residency_fellowship'],
    personas: ['mmi_station'],
    levelExpectations: {
      entry: 'Spots both the consent problem and the false entry, and says the clinician who signs is responsible for the note.',
      mid: 'Proposes a workable consent step and note-review rule, and routes the issue through privacy and safety reporting.',
      senior: 'Designs the governance: audits of draft accuracy, consent rates, an opt-out that works, and vendor obligations.',
    },
    station: {
      scenario:
        'Your clinic started an “ambient” AI scribe that listens to visits and drafts the note. Patients are meant to be told and may say no, but the sign on the door is small and clinicians rarely mention it. Reviewing a colleague’s notes, you find one that records a normal heart and lung examination for a video visit where no examination took place, and a patient has complained that “the computer was listening” without her knowing.',
      task: 'What would you do about this?',
      lookFor: {
        principles:
          'Informed consent and the right to refuse recording; confidentiality; an accurate record (the signing clinician is responsible); transparency and governance of new tools.',
        stakeholders:
          'Patients (including the one who complained), the colleague, clinicians using the tool, the vendor, privacy and compliance staff, the governance group.',
        options:
          'Ignore it; tell the colleague only; correct the note; report to privacy and safety; pause the tool; fix the consent step and require note review before signing.',
        decision:
          'Have the false examination corrected, respond to the complaint honestly, and take both issues to governance with a proposed verbal consent step and review rule rather than quietly dropping the tool.',
        communication:
          'Respectful and specific with the colleague; an honest reply to the patient; a short written case to governance with examples and a proposal.',
      },
    },
    targetSeconds: 240,
  },
  {
    id: 'station.downtime-triage',
    family: 'station',
    prompt: 'How would you set priorities in the first hour?',
    assesses:
      'Whether the candidate can set fair, safety-led priorities under pressure — the highest-risk patients and information first — use the downtime plan and command structure, and communicate clearly to many groups.',
    probes: [
      'How would you tell the staff on shift what your priorities are?',
      'A senior surgeon demands one of the backup computers for the operating list. What do you say?',
      'How would you catch information lost during the outage once systems return?',
    ],
    frameworkHint:
      'Principles (patient safety, fairness by clinical risk, stewardship of scarce tools, transparency) → people → options → decision (follow the downtime plan and incident command; print active medication lists, allergies and pending critical results for the sickest patients first; allocate backup access by risk, not seniority; diversion decided by incident command) → communication (one channel, regular updates, clear paper workflows, and a plan to re-enter data when systems return).',
    competencies: ['ethical_reasoning', 'communication', 'professionalism'],
    tracks: ['residency_fellowship'],
    personas: ['mmi_station'],
    levelExpectations: {
      entry:
        'Puts the sickest patients and medication safety first, refers to the downtime plan, and says how they would keep people informed.',
      mid: 'Names concrete priorities (medication lists, allergies, pending critical results), allocates tools by risk, and plans the back-entry of paper records.',
      senior:
        'Works within incident command, coordinates pharmacy, lab and emergency decisions, and leads the recovery and lessons learned.',
    },
    station: {
      scenario:
        'A cyberattack has taken the electronic record offline across your hospital; it may be down for days. Paper downtime forms exist but few staff have used them. A read-only backup shows data up to six hours ago on two computers per floor. As the informatics lead on call, you are asked which information should be printed first and who gets the backup computers, while the emergency department asks whether to divert ambulances.',
      task: 'How would you set priorities in the first hour?',
      lookFor: {
        principles:
          'Patient safety first; allocation of scarce tools by clinical risk, not rank; working within the incident command structure; transparency.',
        stakeholders:
          'Inpatients (the sickest first), emergency patients and ambulance crews, nurses, pharmacists, lab, surgeons, the IT security team and incident command.',
        options:
          'Print everything for everyone; print by unit; print by patient risk (medications, allergies, pending critical results); allocate backup computers by role or by risk; defer diversion to incident command.',
        decision:
          'Use the downtime plan: high-risk information for the sickest patients first, backup computers where the risk is highest, diversion decided with incident command, and a recovery plan for data entered on paper.',
        communication:
          'One source of truth with timed updates; simple instructions for paper ordering and result calls; a respectful but firm answer to the surgeon; a reconciliation plan for when systems return.',
      },
    },
    targetSeconds: 240,
  },
  {
    id: 'station.colleague-snooping',
    family: 'station',
    prompt: 'What would you do in the moment and afterwards?',
    assesses:
      'Confidentiality and access rules in practice, responding to a colleague’s misconduct in proportion, and knowing that access is logged and must be reported.',
    probes: [
      'Would it change your view if the colleague only read the chart and told no one?',
      'Who, if anyone, would you report them to?',
      'What would you say if the colleague asked you to keep quiet?',
    ],
    frameworkHint:
      'Principles (confidentiality, access only for care, fairness to a colleague, honesty) → people (the patient, the colleague, the onlookers, the institution) → options (ignore it, ask them to close it, report to privacy or a manager) → decision (stop it now, then report through the privacy route because the patient’s record was breached) → communication (a calm word in the moment, then a factual report).',
    competencies: ['ethical_reasoning', 'communication', 'professionalism'],
    tracks: ['residency_fellowship'],
    personas: ['mmi_station'],
    levelExpectations: {
      entry: 'Asks the colleague to stop, explains that access must be for care, and knows the breach should be reported.',
      mid: 'Knows access is audited, reports through the privacy route, and handles the social pressure.',
      senior:
        'Thinks about the onlookers, the patient’s right to know of a breach, and how high-profile admissions are protected.',
    },
    station: {
      scenario:
        'A local footballer has been admitted to your hospital after a car crash. In the staff room, a colleague from another unit turns the screen towards you: they have opened the player’s record “just to see how bad it is” and start reading out details. Two other staff lean in. The colleague is popular and has helped you often.',
      task: 'What would you do in the moment and afterwards?',
      lookFor: {
        principles:
          'Confidentiality; access to records only when needed for care; accountability; fairness to a colleague without covering a breach.',
        stakeholders:
          'The patient, the colleague, the staff who looked on, the privacy office and the hospital’s trust with patients.',
        options:
          'Join in or ignore it; ask them to close the record; speak to them privately later; report to the privacy office or a manager.',
        decision:
          'Ask them to close the record at once, then report it through the privacy route, since access is logged and the patient may need to be told.',
        communication:
          'A calm, direct request in the moment without public shaming; a factual report; honesty with the colleague about why.',
      },
    },
    targetSeconds: 240,
  },
];
