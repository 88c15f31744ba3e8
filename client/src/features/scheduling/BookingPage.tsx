import {
  MINUTE,
  PERSONA_LABELS,
  SESSION_KIND_LABELS,
  SESSION_KINDS,
  SESSION_MINUTES,
  TRACK_LABELS,
  TRACK_PERSONAS,
  TRACKS,
  PERSONAS,
  type Cohort,
  type Persona,
  type SessionKind,
  type SlotProposal,
  type Track,
  type User,
  zoneName,
} from '@rounds/shared';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Card } from '../../components/Card';
import { SelectField } from '../../components/fields';
import { FormAlert } from '../../components/FormAlert';
import { ErrorState, LoadingState } from '../../components/PageStates';
import { isApiError } from '../../lib/api';
import { timeZoneLabel } from '../../lib/format';
import { withNotice } from '../../lib/navigation-notice';
import { usePageTitle } from '../../lib/use-page-title';
import { useSignedInUser } from '../../lib/session';
import { oneOf } from '../../lib/one-of';
import { useCohorts } from '../cohorts/cohort-queries';
import { useBookSession, useSlotProposals, type SlotSearch } from './scheduling-queries';
import { kindTitle } from './session-display';
import { longDayOf, shortDateTimeIn, timeIn, wallClock } from './zoned-time';
import { useToday } from './use-today';

/** The server proposes at most this many times per request; a full page means more may follow. */
const PROPOSALS_PER_PAGE = 12;
const DAYS_AHEAD = 14;
const DURATIONS = [20, 25, 30].filter((minutes) => minutes >= SESSION_MINUTES.min && minutes <= SESSION_MINUTES.bookingMax);

/** `/book`: a candidate picks what to practise, sees shared free times, and books one. */
export function BookingPage() {
  usePageTitle('Book a session');
  const user = useSignedInUser();
  const cohorts = useCohorts();
  const candidateCohorts = cohorts.data?.filter((cohort) => cohort.myRoles.includes('candidate')) ?? [];

  return (
    <>
      <div className="page-header">
        <h1>Book a practice session</h1>
        <p className="lead">
          Choose what to practise: Rounds proposes times when you and a suitable partner are both free. Times are in your zone,{' '}
          {timeZoneLabel(user.timeZone)}.
        </p>
      </div>
      {cohorts.isPending && <LoadingState label="Loading your cohorts…" />}
      {cohorts.isError && <ErrorState error={cohorts.error} onRetry={() => void cohorts.refetch()} />}
      {cohorts.isSuccess && candidateCohorts.length === 0 && (
        <div className="empty-state-block">
          <p className="empty-state-title">Booking is for candidates of a cohort</p>
          <p>
            You book practice sessions with the mentors and candidates of a cohort you joined as a candidate. Ask your coordinator
            for an invitation; mentors are booked by candidates in the times set on{' '}
            <Link to="/availability">your availability</Link>.
          </p>
        </div>
      )}
      {candidateCohorts.length > 0 && <BookingFlow user={user} cohorts={candidateCohorts} />}
    </>
  );
}

function BookingFlow({ user, cohorts }: { user: User; cohorts: Cohort[] }) {
  const navigate = useNavigate();
  const book = useBookSession();
  // `/book?persona=…` (from the progress page's next focus) preselects that interviewer, on a track they belong to.
  const [params] = useSearchParams();
  const [search, setSearch] = useState<SlotSearch>(() => {
    const persona = oneOf(PERSONAS, params.get('persona')) ?? '';
    const track = user.track ?? 'residency_fellowship';
    return {
      cohortId: cohorts[0].id,
      kind: 'mentor_interview',
      track: persona === '' || TRACK_PERSONAS[track].includes(persona) ? track : trackOf(persona),
      persona,
      durationMinutes: SESSION_MINUTES.default,
      from: '',
      days: DAYS_AHEAD,
    };
  });
  const [selected, setSelected] = useState<SlotProposal | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);
  const proposals = useSlotProposals(search, user.timeZone);

  function changeSearch(patch: Partial<SlotSearch>) {
    setSearch((current) => {
      const next = { ...current, from: '', ...patch };
      // A persona belongs to a track; peer practice has none.
      if (next.persona !== '' && (next.kind === 'peer_swap' || !TRACK_PERSONAS[next.track].includes(next.persona)))
        next.persona = '';
      return next;
    });
    setSelected(null);
    setConflict(null);
    book.reset();
  }

  function choose(slot: SlotProposal) {
    setSelected(slot);
    setConflict(null);
    book.reset();
  }

  function confirm(slot: SlotProposal) {
    book.mutate(
      {
        cohortId: search.cohortId,
        kind: search.kind,
        track: search.track,
        persona: search.kind === 'peer_swap' || search.persona === '' ? undefined : search.persona,
        partnerId: slot.partner.userId,
        startsAt: slot.startsAt,
        durationMinutes: search.durationMinutes,
      },
      {
        onSuccess: (session) =>
          void navigate(`/sessions/${session.id}`, {
            state: withNotice(
              `Booked: ${kindTitle(session).toLowerCase()} with ${slot.partner.displayName} on ${shortDateTimeIn(session.startsAt, user.timeZone)} (your time).`,
            ),
          }),
        onError: (error) => {
          if (!isApiError(error, 409)) return;
          // Someone took the time meanwhile: say so, drop the choice and offer fresh times.
          setConflict(`${error.detail} The proposals below are refreshed.`);
          setSelected(null);
          void proposals.refetch();
        },
      },
    );
  }

  const list = proposals.data ?? [];
  const mayHaveMore = list.length >= PROPOSALS_PER_PAGE;

  return (
    <>
      <Card title="What to practise">
        <SearchFields search={search} cohorts={cohorts} onChange={changeSearch} />
      </Card>

      {selected && (
        <ConfirmPanel
          slot={selected}
          search={search}
          timeZone={user.timeZone}
          pending={book.isPending}
          error={book.isError && !isApiError(book.error, 409) ? book.error : null}
          onConfirm={() => confirm(selected)}
          onCancel={() => setSelected(null)}
        />
      )}

      <Card
        className="sch-proposals-card"
        title="Proposed times"
        description={`Grouped by day in your zone (${zoneName(user.timeZone)}), with your partner’s local time.`}
        actions={
          <button
            type="button"
            className="button button-quiet button-small"
            onClick={() => void proposals.refetch()}
            disabled={proposals.isFetching}
          >
            {proposals.isFetching ? 'Refreshing…' : 'Refresh'}
          </button>
        }
      >
        <FormAlert message={conflict} />
        {proposals.isPending && <LoadingState label="Finding times when you are both free…" />}
        {proposals.isError && <ErrorState error={proposals.error} onRetry={() => void proposals.refetch()} />}
        {proposals.isSuccess && list.length === 0 && <NoProposals search={search} onWiden={(patch) => changeSearch(patch)} />}
        {list.length > 0 && <ProposalDays proposals={list} timeZone={user.timeZone} selected={selected} onChoose={choose} />}
        {list.length > 0 && (mayHaveMore || search.from) && (
          <div className="form-actions sch-paging">
            {search.from && (
              <button type="button" className="button button-quiet button-small" onClick={() => changeSearch({ from: '' })}>
                Back to the earliest times
              </button>
            )}
            {mayHaveMore && (
              <button
                type="button"
                className="button button-secondary button-small"
                onClick={() =>
                  changeSearch({ from: new Date(Date.parse(list[list.length - 1].startsAt) + MINUTE).toISOString() })
                }
              >
                Show later times
              </button>
            )}
          </div>
        )}
      </Card>
    </>
  );
}

interface SearchFieldsProps {
  search: SlotSearch;
  cohorts: Cohort[];
  onChange: (patch: Partial<SlotSearch>) => void;
}

function SearchFields({ search, cohorts, onChange }: SearchFieldsProps) {
  const personas = TRACK_PERSONAS[search.track];
  return (
    <div className="form">
      {cohorts.length > 1 && (
        <SelectField
          label="Cohort"
          options={cohorts.map((cohort) => ({ value: cohort.id, label: cohort.name }))}
          value={search.cohortId}
          onChange={(event) => onChange({ cohortId: event.target.value })}
        />
      )}
      <div className="field-row">
        <SelectField
          label="Session type"
          options={SESSION_KINDS.map((kind) => ({ value: kind, label: SESSION_KIND_LABELS[kind] }))}
          value={search.kind}
          onChange={(event) => onChange({ kind: kindFrom(event.target.value) })}
          hint={
            search.kind === 'peer_swap'
              ? 'With another candidate of your cohort; you swap roles at half time.'
              : 'With a mentor of your cohort.'
          }
        />
        <SelectField
          label="Track"
          options={TRACKS.map((track) => ({ value: track, label: TRACK_LABELS[track] }))}
          hint="What you are preparing for; it starts as the track in your profile."
          value={search.track}
          onChange={(event) => onChange({ track: trackFrom(event.target.value) })}
        />
      </div>
      <div className="field-row">
        {search.kind !== 'peer_swap' && (
          <SelectField
            label="Interviewer"
            hint="Who sits across from you. Mentors offer the roles they can play."
            options={[
              { value: '', label: 'Any suitable interviewer' },
              ...personas.map((persona) => ({ value: persona, label: PERSONA_LABELS[persona] })),
            ]}
            value={search.persona}
            onChange={(event) => onChange({ persona: personaFrom(event.target.value, personas) })}
          />
        )}
        <SelectField
          label="Length"
          options={DURATIONS.map((minutes) => ({ value: String(minutes), label: `${minutes} minutes` }))}
          value={String(search.durationMinutes)}
          onChange={(event) => onChange({ durationMinutes: Number(event.target.value) })}
        />
      </div>
    </div>
  );
}

interface ProposalDaysProps {
  proposals: SlotProposal[];
  timeZone: string;
  selected: SlotProposal | null;
  onChoose: (slot: SlotProposal) => void;
}

/** One heading per day in the viewer's zone; each time is a button naming the partner. */
function ProposalDays({ proposals, timeZone, selected, onChoose }: ProposalDaysProps) {
  const today = useToday(timeZone);
  const days = new Map<string, SlotProposal[]>();
  for (const slot of proposals) {
    const date = wallClock(slot.startsAt, timeZone).date;
    days.set(date, [...(days.get(date) ?? []), slot]);
  }
  return (
    <div className="sch-proposal-days">
      {[...days.entries()].map(([date, slots]) => (
        <section key={date} className="sch-proposal-day">
          <h3>{longDayOf(date, today)}</h3>
          <ul className="sch-proposals">
            {slots.map((slot) => {
              const isSelected = selected?.startsAt === slot.startsAt && selected.partner.userId === slot.partner.userId;
              return (
                <li key={`${slot.startsAt}:${slot.partner.userId}`}>
                  <button
                    type="button"
                    className={isSelected ? 'sch-proposal sch-proposal-selected' : 'sch-proposal'}
                    aria-pressed={isSelected}
                    onClick={() => onChoose(slot)}
                  >
                    <span className="sch-proposal-time">
                      {timeIn(slot.startsAt, timeZone)}–{timeIn(slot.endsAt, timeZone)}
                    </span>
                    <span className="sch-proposal-partner"> with {slot.partner.displayName}</span>
                    <span className="sch-proposal-theirs">{partnerTime(slot, timeZone)}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}

/** "Their time: 13:00 (America/New York)", with the day when it is another day for them. */
function partnerTime(slot: SlotProposal, timeZone: string): string {
  const zone = slot.partner.timeZone;
  const sameDay = wallClock(slot.startsAt, zone).date === wallClock(slot.startsAt, timeZone).date;
  return `Their time: ${sameDay ? timeIn(slot.startsAt, zone) : shortDateTimeIn(slot.startsAt, zone)} (${zoneName(zone)})`;
}

interface ConfirmPanelProps {
  slot: SlotProposal;
  search: SlotSearch;
  timeZone: string;
  pending: boolean;
  error: unknown;
  onConfirm: () => void;
  onCancel: () => void;
}

/** The chosen time, spelled out in both zones, before anything is booked. */
function ConfirmPanel({ slot, search, timeZone, pending, error, onConfirm, onCancel }: ConfirmPanelProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, [slot]);
  const message = error ? (isApiError(error) ? error.detail : 'The session could not be booked. Please try again.') : null;
  const persona = search.kind !== 'peer_swap' && search.persona !== '' ? PERSONA_LABELS[search.persona] : null;
  return (
    <section className="card sch-confirm" aria-labelledby="sch-confirm-heading">
      <h2 id="sch-confirm-heading" ref={headingRef} tabIndex={-1}>
        Confirm your session
      </h2>
      <dl className="summary-list">
        <div>
          <dt>Session</dt>
          <dd>
            {kindTitle(search)} · {search.durationMinutes} minutes
          </dd>
        </div>
        <div>
          <dt>Track</dt>
          <dd>
            {TRACK_LABELS[search.track]}
            {persona && ` · ${persona}`}
          </dd>
        </div>
        <div>
          <dt>With</dt>
          <dd>{slot.partner.displayName}</dd>
        </div>
        <div>
          <dt>Your time</dt>
          <dd>
            {shortDateTimeIn(slot.startsAt, timeZone)}–{timeIn(slot.endsAt, timeZone)} ({zoneName(timeZone)})
          </dd>
        </div>
        <div>
          <dt>{slot.partner.displayName}’s time</dt>
          <dd>{slot.inPartnerZone.replaceAll('_', ' ')}</dd>
        </div>
      </dl>
      <FormAlert message={message} />
      <div className="form-actions sch-confirm-actions">
        <button type="button" className="button button-primary" disabled={pending} onClick={onConfirm}>
          {pending ? 'Booking…' : 'Book this session'}
        </button>
        <button type="button" className="button button-quiet" onClick={onCancel} disabled={pending}>
          Choose another time
        </button>
      </div>
    </section>
  );
}

interface NoProposalsProps {
  search: SlotSearch;
  onWiden: (patch: Partial<SlotSearch>) => void;
}

/** No shared free time: say so plainly, and offer the changes most likely to help. */
function NoProposals({ search, onWiden }: NoProposalsProps) {
  return (
    <div className="empty-state-block">
      <p className="empty-state-title">No shared free times in the next {search.days} days</p>
      <p>
        {search.kind === 'peer_swap'
          ? 'No other candidate of your cohort on this track'
          : `No mentor of your cohort who takes this track${search.persona ? ` as ${PERSONA_LABELS[search.persona].toLowerCase()}` : ''}`}{' '}
        is free at the same time as you{search.from ? ' after that point' : ''}. Proposals only use times inside both people’s
        availability, so the surest fix is to <Link to="/availability">widen your availability</Link> (evenings and weekends help
        most across time zones), or try the changes below.
      </p>
      <div className="form-actions">
        {search.persona !== '' && (
          <button type="button" className="button button-secondary button-small" onClick={() => onWiden({ persona: '' })}>
            Try any suitable interviewer
          </button>
        )}
        {search.durationMinutes > SESSION_MINUTES.min && (
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() => onWiden({ durationMinutes: SESSION_MINUTES.min })}
          >
            Try {SESSION_MINUTES.min} minutes
          </button>
        )}
        {search.kind !== 'peer_swap' && (
          <button type="button" className="button button-secondary button-small" onClick={() => onWiden({ kind: 'peer_swap' })}>
            Try peer practice
          </button>
        )}
        {search.days < 28 && (
          <button type="button" className="button button-secondary button-small" onClick={() => onWiden({ days: 28 })}>
            Look 4 weeks ahead
          </button>
        )}
      </div>
    </div>
  );
}

function kindFrom(value: string): SessionKind {
  return oneOf(SESSION_KINDS, value) ?? 'mentor_interview';
}

function trackFrom(value: string): Track {
  return oneOf(TRACKS, value) ?? 'residency_fellowship';
}

function personaFrom(value: string, personas: readonly Persona[]): Persona | '' {
  return oneOf(personas, value) ?? '';
}

/** The first track a persona interviews on. */
function trackOf(persona: Persona): Track {
  return TRACKS.find((track) => TRACK_PERSONAS[track].includes(persona)) ?? TRACKS[0];
}
