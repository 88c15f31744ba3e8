import type { Progress } from '@rounds/shared';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatDayMonth } from '../../lib/format';

type Point = Progress['competencies'][number]['points'][number];

const INTERVIEWER_COLOUR = '#0f766e';
const SELF_COLOUR = '#9a3412';

/**
 * One competency's scores over time: the interviewers' mean and your own, side by side on the 1–5 scale.
 * Recharts is heavy, so only the progress page (its own chunk) imports this file.
 */
export function ProgressChart({ points, label, timeZone }: { points: Point[]; label: string; timeZone: string }) {
  const data = points.map((point) => ({
    when: formatDayMonth(point.at, timeZone),
    interviewer: point.interviewer,
    self: point.self,
  }));
  return (
    <div className="fb-chart" aria-hidden="true" data-testid={`chart-${label}`}>
      <ResponsiveContainer width="100%" height={200}>
        <LineChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: -24 }} accessibilityLayer={false}>
          <CartesianGrid stroke="#dde4e8" strokeDasharray="3 3" />
          <XAxis dataKey="when" stroke="#5a6b75" fontSize={12} />
          <YAxis domain={[1, 5]} ticks={[1, 2, 3, 4, 5]} allowDecimals={false} stroke="#5a6b75" fontSize={12} />
          <Tooltip />
          <Legend />
          <Line
            type="monotone"
            dataKey="interviewer"
            name="Interviewers"
            stroke={INTERVIEWER_COLOUR}
            strokeWidth={2}
            connectNulls
            isAnimationActive={false}
          />
          <Line
            type="monotone"
            dataKey="self"
            name="You"
            stroke={SELF_COLOUR}
            strokeWidth={2}
            strokeDasharray="6 4"
            connectNulls
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
