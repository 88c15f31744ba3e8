import { Injectable } from '@nestjs/common';
import {
  COMPETENCIES,
  INTERVIEW_DAY_CSV_COLUMNS,
  interviewerSeverity,
  toCsv,
  type Competency,
  type DayCandidateScores,
  type DayScore,
  type InterviewDayCsvColumn,
  type InterviewDayScores,
  type StationSeverity,
} from '@rounds/shared';
import { forbidden } from '../common/problem.js';
import { InterviewerScoresService, type SubmittedScores } from '../feedback/interviewer-scores.service.js';
import type { UserEntity } from '../users/user.entity.js';
import { InterviewDaysService, type LoadedDay } from './interview-days.service.js';

const round2 = (value: number) => Math.round(value * 100) / 100;
const mean = (values: number[]) => (values.length === 0 ? null : round2(values.reduce((a, b) => a + b, 0) / values.length));

/** Scores across a day: each candidate's stations × competencies, and each station interviewer's severity. */
@Injectable()
export class DayScoresService {
  constructor(
    private readonly days: InterviewDaysService,
    private readonly scores: InterviewerScoresService,
  ) {}

  /**
   * A candidate of the day gets their own summary, from the forms released to them; the cohort's coordinators
   * get every candidate and the severities. Interviewers of the day see neither (403).
   */
  async scoresFor(actor: UserEntity, dayId: string): Promise<InterviewDayScores> {
    const loaded = await this.days.load(actor, dayId);
    const asCandidate = loaded.links.some((l) => l.candidate.userId === actor.id);
    if (!loaded.coordinator && !asCandidate) {
      throw forbidden("A day's scores are for its candidates (their own) and its cohort's coordinators.");
    }
    const links = loaded.coordinator ? loaded.links : loaded.links.filter((l) => l.candidate.userId === actor.id);
    const sessions = links.map((l) => loaded.sessions.get(l.sessionId)!).filter(Boolean);
    const forms = await this.scores.submitted(sessions, !loaded.coordinator);
    const visible = loaded.coordinator ? forms : forms.filter((f) => f.released);
    return {
      dayId,
      competencies: [...COMPETENCIES],
      stations: loaded.stations.map((s) => ({ stationId: s.id, name: s.name, persona: s.persona })),
      candidates: candidateSummaries(loaded, links, visible),
      severity: loaded.coordinator ? severities(loaded, forms) : null,
    };
  }

  /** The day as CSV, one row per candidate × station (the cohort's coordinators). */
  async csv(actor: UserEntity, dayId: string): Promise<string> {
    const loaded = await this.days.loadAsCoordinator(actor, dayId);
    const forms = await this.scores.submitted([...loaded.sessions.values()]);
    const severity = new Map(severities(loaded, forms).map((s) => [s.stationId, s.severity]));
    const formOf = new Map(forms.map((f) => [f.sessionId, f]));
    const stationById = new Map(loaded.stations.map((s) => [s.id, s]));
    const rows = loaded.links.map((link) => {
      const station = stationById.get(link.stationId)!;
      const form = formOf.get(link.sessionId);
      const row: Partial<Record<InterviewDayCsvColumn, string | number | null>> = {
        day_id: dayId,
        rotation: link.rotation + 1,
        starts_at: loaded.sessions.get(link.sessionId)?.startsAt ?? null,
        station: station.name,
        persona: station.persona,
        interviewer_id: station.interviewer.userId,
        interviewer_name: station.interviewer.displayName,
        interviewer_severity: severity.get(station.id) ?? null,
        candidate_id: link.candidate.userId,
        candidate_name: link.candidate.displayName,
        session_id: link.sessionId,
        submitted_at: form ? new Date(form.submittedAt).toISOString() : null,
        readiness: form?.readiness ?? null,
      };
      for (const competency of COMPETENCIES) row[competency] = form?.scores[competency] ?? null;
      return row;
    });
    return toCsv(INTERVIEW_DAY_CSV_COLUMNS, rows);
  }
}

function candidateSummaries(loaded: LoadedDay, links: LoadedDay['links'], forms: SubmittedScores[]): DayCandidateScores[] {
  const formOf = new Map(forms.map((f) => [f.sessionId, f]));
  const position = new Map(loaded.stations.map((s) => [s.id, s.position]));
  const candidates = [...new Map(links.map((l) => [l.candidate.userId, l.candidate])).values()];
  return candidates.map((candidate) => {
    const mine = links
      .filter((l) => l.candidate.userId === candidate.userId)
      .sort((a, b) => position.get(a.stationId)! - position.get(b.stationId)!);
    const stations = mine.map((link) => {
      const form = formOf.get(link.sessionId);
      return {
        stationId: link.stationId,
        sessionId: link.sessionId,
        submitted: form !== undefined,
        scores: form?.scores ?? {},
        readiness: form?.readiness ?? null,
      };
    });
    const means: Partial<Record<Competency, number>> = {};
    for (const competency of COMPETENCIES) {
      const value = mean(stations.flatMap((s) => (s.scores[competency] === undefined ? [] : [s.scores[competency]])));
      if (value !== null) means[competency] = value;
    }
    const overall = mean(stations.flatMap((s) => Object.values(s.scores)));
    return { candidate: { userId: candidate.userId, displayName: candidate.displayName }, stations, means, overall };
  });
}

/** Each station's interviewer against the day's other interviewers, on the same candidates and competencies. */
function severities(loaded: LoadedDay, forms: SubmittedScores[]): StationSeverity[] {
  const scores: DayScore[] = forms.flatMap((form) =>
    (Object.entries(form.scores) as [Competency, number][]).map(([competency, score]) => ({
      interviewerId: form.interviewerId,
      candidateId: form.candidateId,
      competency,
      score,
    })),
  );
  const byInterviewer = new Map(interviewerSeverity(scores).map((s) => [s.interviewerId, s]));
  return loaded.stations.map((station) => {
    const found = byInterviewer.get(station.interviewer.userId);
    return {
      stationId: station.id,
      interviewer: { userId: station.interviewer.userId, displayName: station.interviewer.displayName },
      severity: found?.severity ?? null,
      comparisons: found?.comparisons ?? 0,
      scoresGiven: found?.scoresGiven ?? 0,
    };
  });
}
