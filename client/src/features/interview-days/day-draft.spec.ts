import { ApiError } from '../../lib/api';
import { CHECK_FIELDS_MESSAGE } from '../../lib/form-errors';
import { dayDraftErrors, dayRequestFrom, dayServerErrors, missingChoices, newStationDraft, type DayDraft } from './day-draft';

const station = (patch: Partial<ReturnType<typeof newStationDraft>> = {}) => ({ ...newStationDraft('faculty'), ...patch });

const draft = (patch: Partial<DayDraft> = {}): DayDraft => ({
  title: '  ',
  date: '2026-03-10',
  startTime: '09:00',
  gapMinutes: '',
  stations: [
    station({ name: ' Ethics ', scriptId: 's1', interviewerId: 'm1' }),
    station({ scriptId: 's2', interviewerId: 'm2' }),
  ],
  candidateIds: ['c1', 'c2'],
  ...patch,
});

describe('dayRequestFrom', () => {
  it('sends the default title and gap, trims names and leaves out empty ones', () => {
    const body = dayRequestFrom(draft(), 'America/Chicago');
    expect(body).toMatchObject({
      title: 'Interview day',
      gapMinutes: 2,
      timeZone: 'America/Chicago',
      candidateIds: ['c1', 'c2'],
    });
    expect(body.stations[0]).toEqual({ name: 'Ethics', persona: 'faculty', scriptId: 's1', minutes: 10, interviewerId: 'm1' });
    expect(body.stations[1]).not.toHaveProperty('name');
  });
});

describe('placing messages', () => {
  it("puts a station's and a candidate's message on their own rows, the rest beside the fields", () => {
    const current = draft();
    const errors = dayDraftErrors(
      [
        { path: ['stations', 1, 'minutes'], message: 'must be at most 20 minutes' },
        { path: ['candidateIds', 0], message: 'lists this candidate twice' },
        { path: ['startTime'], message: 'must be a time like 09:30 (24-hour)' },
        { path: ['stations'], message: 'needs at least one station' },
      ],
      current,
    )!;
    expect(errors.stations[current.stations[1].key]).toEqual({ minutes: 'must be at most 20 minutes' });
    expect(errors.candidates).toEqual({ c1: 'lists this candidate twice' });
    expect(errors.fields).toEqual({ startTime: 'must be a time like 09:30 (24-hour)', stations: 'needs at least one station' });
    expect(errors.form).toBe(CHECK_FIELDS_MESSAGE);
  });

  it('keeps the first message for a field', () => {
    const current = draft({ stations: [station()] });
    const errors = dayDraftErrors(
      [...missingChoices(current), { path: ['stations', 0, 'scriptId'], message: 'must be a UUID' }],
      current,
    )!;
    expect(errors.stations[current.stations[0].key]).toEqual({
      scriptId: 'is required: every station needs a script',
      interviewerId: 'is required: pick who interviews here',
    });
  });

  it('says in the alert what it cannot place', () => {
    const errors = dayDraftErrors([{ path: ['stations', 7, 'persona'], message: 'must be one of: faculty' }], draft())!;
    expect(errors.form).toBe('Station 8 persona must be one of: faculty.');
  });

  it("shows a 409's detail (who is busy) as the alert", () => {
    const conflict = new ApiError(409, 'Dr. Priya Raman is already booked 09:00–09:30 (America/Chicago) on Tue 10 Mar.');
    expect(dayServerErrors(conflict, draft())).toEqual({
      fields: {},
      stations: {},
      candidates: {},
      form: 'Dr. Priya Raman is already booked 09:00–09:30 (America/Chicago) on Tue 10 Mar.',
    });
  });

  it("places a 400's field errors by their dotted names", () => {
    const current = draft();
    const refused = new ApiError(400, 'Check the fields', {
      'stations.0.scriptId': 'is not a script this cohort can use',
      date: 'is in the past',
    });
    const errors = dayServerErrors(refused, current);
    expect(errors.stations[current.stations[0].key]).toEqual({ scriptId: 'is not a script this cohort can use' });
    expect(errors.fields).toEqual({ date: 'is in the past' });
  });
});
