import { useEffect, useRef } from 'react';

/** The person's own camera, muted (no echo) and mirrored like a mirror; recordings are not mirrored. */
export function CameraPreview({ stream }: { stream: MediaStream }) {
  const videoRef = useRef<HTMLVideoElement>(null);
  useEffect(() => {
    const video = videoRef.current;
    if (!video) return;
    video.srcObject = stream;
    video.play().catch(() => {
      // Autoplay of a muted preview is allowed everywhere we support; if a browser refuses, the frame stays still.
    });
    return () => {
      video.srcObject = null;
    };
  }, [stream]);
  return <video ref={videoRef} className="sp-video" muted autoPlay playsInline aria-label="Your camera preview" />;
}

/** A live bar of the microphone's loudness, so people can see it picks them up (decorative: hidden from screen readers). */
export function MicrophoneLevel({ stream }: { stream: MediaStream }) {
  const barRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (stream.getAudioTracks().length === 0 || typeof AudioContext === 'undefined') return;
    const context = new AudioContext();
    const source = context.createMediaStreamSource(stream);
    const analyser = context.createAnalyser();
    analyser.fftSize = 512;
    source.connect(analyser);
    const samples = new Uint8Array(analyser.fftSize);
    let frame = 0;
    const draw = () => {
      analyser.getByteTimeDomainData(samples);
      let peak = 0;
      for (const sample of samples) peak = Math.max(peak, Math.abs(sample - 128));
      if (barRef.current) barRef.current.style.width = `${Math.min(100, (peak / 128) * 160)}%`;
      frame = requestAnimationFrame(draw);
    };
    frame = requestAnimationFrame(draw);
    return () => {
      cancelAnimationFrame(frame);
      source.disconnect();
      void context.close();
    };
  }, [stream]);
  return (
    <div className="sp-mic" aria-hidden="true">
      <span className="sp-mic-label">Mic</span>
      <div className="sp-mic-track">
        <div ref={barRef} className="sp-mic-fill" />
      </div>
    </div>
  );
}
