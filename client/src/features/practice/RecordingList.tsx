import { formatClock } from '../../lib/format-time';
import type { Recording } from './use-answer-recorder';

interface RecordingListProps {
  recordings: Recording[];
  onDelete: (recording: Recording) => void;
}

function sizeText(bytes: number): string {
  return bytes < 1_000_000 ? `${Math.max(1, Math.round(bytes / 1000))} kB` : `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** The answers recorded on this page: play back, download, delete. They exist only in this tab. */
export function RecordingList({ recordings, onDelete }: RecordingListProps) {
  return (
    <section className="card sp-recordings" aria-labelledby="sp-recordings-heading">
      <div className="card-header">
        <div>
          <h2 id="sp-recordings-heading">Your recordings</h2>
          <p className="card-description">
            Nothing is uploaded: recordings stay in this browser tab and are gone when you leave or reload the page. Download the
            ones you want to keep.
          </p>
        </div>
      </div>
      {recordings.length === 0 ? (
        <p className="empty-state">No recordings yet. Turn your camera on and record an answer to watch it back here.</p>
      ) : (
        <ol className="sp-recording-list">
          {recordings.map((recording) => {
            const name =
              recording.take === 1
                ? `Answer ${recording.questionNumber}`
                : `Answer ${recording.questionNumber}, take ${recording.take}`;
            return (
              <li key={recording.id} className="sp-recording">
                <div className="sp-recording-head">
                  <h3>
                    {name} <span className="muted">· {formatClock(recording.seconds)}</span>
                  </h3>
                  <p className="sp-recording-prompt">{recording.prompt}</p>
                </div>
                <video
                  className="sp-recording-video"
                  controls
                  preload="metadata"
                  src={recording.url}
                  aria-label={`Recording of ${name.toLowerCase()}`}
                />
                <div className="sp-recording-actions">
                  <a className="button button-secondary button-small" href={recording.url} download={recording.fileName}>
                    Download<span className="visually-hidden"> {name.toLowerCase()}</span>
                  </a>
                  <button type="button" className="button button-quiet button-small" onClick={() => onDelete(recording)}>
                    Delete<span className="visually-hidden"> {name.toLowerCase()}</span>
                  </button>
                </div>
                <p className="muted sp-recording-file">
                  {recording.fileName} · {sizeText(recording.sizeBytes)}
                </p>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
