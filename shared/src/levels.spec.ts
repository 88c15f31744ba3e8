import { EXPERIENCE_LEVELS, levelChoices, levelLabels, TRACKS } from './enums.js';

describe('levels in each track’s words', () => {
  it('names residency levels as the guides do: student, resident, practising physician', () => {
    expect(levelChoices('residency_fellowship').map((choice) => choice.label)).toEqual([
      'Medical student or graduate (residency applicant)',
      'Resident (fellowship applicant)',
      'Physician after residency or practice abroad',
    ]);
    expect(levelLabels('informational').entry).toBe('Early pre-health student');
  });

  it('uses the neutral words before a track is chosen', () => {
    expect(levelChoices(null).map((choice) => choice.label)).toEqual(['Entry level', 'Mid-career', 'Senior']);
    expect(levelLabels(undefined).mid).toBe('Mid-career');
  });

  it('offers every stored level on every track, each with words of its own', () => {
    for (const track of TRACKS) {
      const choices = levelChoices(track);
      expect(choices.map((choice) => choice.value)).toEqual([...EXPERIENCE_LEVELS]);
      expect(new Set(choices.map((choice) => choice.label)).size).toBe(choices.length);
      for (const choice of choices) expect(choice.label).not.toMatch(/^(entry|mid|senior)$/);
    }
  });
});
