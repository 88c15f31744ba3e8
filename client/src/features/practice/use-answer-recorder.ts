import { useCallback, useEffect, useRef, useState } from 'react';

/** One recorded answer, kept in this browser tab only (a Blob URL). */
export interface Recording {
  id: number;
  /** 1-based position of the question in the script. */
  questionNumber: number;
  /** 1 for the first recording of a question, 2 for the next… */
  take: number;
  prompt: string;
  seconds: number;
  url: string;
  fileName: string;
  sizeBytes: number;
}

const PREFERRED_TYPES = ['video/webm;codecs=vp9,opus', 'video/webm;codecs=vp8,opus', 'video/webm', 'video/mp4'];

function supportedMimeType(): string | undefined {
  return PREFERRED_TYPES.find((type) => MediaRecorder.isTypeSupported(type));
}

function fileNameFor(questionNumber: number, take: number, mimeType: string): string {
  const extension = mimeType.startsWith('video/mp4') ? 'mp4' : 'webm';
  return take === 1
    ? `rounds-answer-${questionNumber}.${extension}`
    : `rounds-answer-${questionNumber}-take-${take}.${extension}`;
}

function isRecordingSupported(): boolean {
  return typeof window !== 'undefined' && typeof window.MediaRecorder === 'function';
}

/**
 * Records answers from a camera stream with MediaRecorder. Nothing leaves the browser: each answer
 * becomes a Blob URL, revoked when it is deleted or the page goes away.
 */
export function useAnswerRecorder() {
  const [supported] = useState(isRecordingSupported);
  const [recordings, setRecordings] = useState<Recording[]>([]);
  const [active, setActive] = useState<{ questionNumber: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const recorderRef = useRef<MediaRecorder | null>(null);
  const urls = useRef(new Set<string>());
  const nextId = useRef(1);

  useEffect(() => {
    const liveUrls = urls.current;
    return () => {
      const recorder = recorderRef.current;
      if (recorder) {
        // The page is going: drop what is being recorded rather than make a URL nobody can revoke.
        recorder.ondataavailable = null;
        recorder.onstop = null;
        recorder.onerror = null;
        if (recorder.state !== 'inactive') recorder.stop();
        recorderRef.current = null;
      }
      liveUrls.forEach((url) => URL.revokeObjectURL(url));
      liveUrls.clear();
    };
  }, []);

  /** Starts recording an answer; false when it cannot (no support, already recording, recorder refused). */
  const start = useCallback(
    (stream: MediaStream, question: { number: number; prompt: string }): boolean => {
      if (!supported || recorderRef.current) return false;
      const mimeType = supportedMimeType();
      let recorder: MediaRecorder;
      try {
        recorder = new MediaRecorder(stream, mimeType ? { mimeType } : undefined);
      } catch {
        setError('This browser could not start a recording. You can still practise with the timer.');
        return false;
      }
      const chunks: Blob[] = [];
      const startedAt = performance.now();
      recorder.ondataavailable = (event) => {
        if (event.data.size > 0) chunks.push(event.data);
      };
      recorder.onerror = () => setError('The recording stopped because of a problem with the camera or microphone.');
      recorder.onstop = () => {
        recorderRef.current = null;
        setActive(null);
        const type = recorder.mimeType || mimeType || 'video/webm';
        const blob = new Blob(chunks, { type });
        if (blob.size === 0) {
          setError('That recording came out empty. Check the camera preview and try again.');
          return;
        }
        const url = URL.createObjectURL(blob);
        urls.current.add(url);
        const id = nextId.current++;
        const seconds = (performance.now() - startedAt) / 1000;
        setRecordings((previous) => {
          const take = previous.filter((recording) => recording.questionNumber === question.number).length + 1;
          const recording: Recording = {
            id,
            questionNumber: question.number,
            take,
            prompt: question.prompt,
            seconds,
            url,
            fileName: fileNameFor(question.number, take, type),
            sizeBytes: blob.size,
          };
          return [...previous, recording];
        });
      };
      // A chunk every second, so a long answer is not held in one piece until the end.
      recorder.start(1000);
      recorderRef.current = recorder;
      setActive({ questionNumber: question.number });
      setError(null);
      return true;
    },
    [supported],
  );

  /** Stops the current recording; the answer appears in `recordings` once the recorder has flushed. */
  const stop = useCallback(() => {
    const recorder = recorderRef.current;
    if (recorder && recorder.state !== 'inactive') recorder.stop();
  }, []);

  /** Deletes a recording and frees its memory. */
  const remove = useCallback((recording: Recording) => {
    URL.revokeObjectURL(recording.url);
    urls.current.delete(recording.url);
    setRecordings((previous) => previous.filter((candidate) => candidate.id !== recording.id));
  }, []);

  return { supported, recordings, recording: active, error, start, stop, remove };
}
