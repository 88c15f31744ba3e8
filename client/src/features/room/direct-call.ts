import type { CallMediaState, CallSignal } from '@rounds/shared';
import { describeIceFailure, describeMediaError } from './call-problems';

/** The room socket as the call uses it: signals to and from the partner, and reports for attendance. */
export interface CallLink {
  /** Sends a signal to the partner; resolves with the server's refusal message, or null once relayed. */
  send(signal: Omit<CallSignal, 'sessionId'>): Promise<string | null>;
  subscribe(handler: (signal: CallSignal) => void): () => void;
  reportMedia(state: CallMediaState): void;
}

/** What the devices chosen before joining ask for. */
export interface CallDevices {
  audioEnabled: boolean;
  videoEnabled: boolean;
  audioDeviceId: string;
  videoDeviceId: string;
}

type CallPhase = 'starting' | 'waiting' | 'connecting' | 'connected' | 'reconnecting' | 'closed';
export type CallQuality = 'good' | 'poor' | 'lost' | 'unknown';

export interface DirectCallState {
  phase: CallPhase;
  quality: CallQuality;
  local: MediaStream;
  /** The partner's tracks on the current connection (a new stream for each connection). */
  remote: MediaStream;
  camera: boolean;
  microphone: boolean;
  /** What the partner's page says of their camera; null until it has said. */
  partnerCamera: boolean | null;
  /** A sentence for something the person can fix (a device, the network), or null. */
  problem: string | null;
}

/** How often the connection is measured, for the indicator and to notice a connection closed under the call. */
const STATS_INTERVAL_MS = 1000;
/** A connection that stays "disconnected" this long gets an ICE restart rather than waiting for "failed". */
const DISCONNECTED_GRACE_MS = 2500;
/** A connection that has not connected this long after meeting the partner starts over, on both sides. */
const STUCK_AFTER_MS = 10_000;
/** While nobody has answered, the page says again that it is here every this many measurements. */
const ANNOUNCE_EVERY_TICKS = 2;
/** After this many failed attempts without media, the networks are taken not to reach each other. */
const FAILURES_BEFORE_UNREACHABLE = 2;

interface DeviceState {
  camera: boolean;
  microphone: boolean;
}

const newPeerId = () => crypto.randomUUID().replaceAll('-', '');

/**
 * A one-to-one call straight between two browsers: one RTCPeerConnection at a time, negotiated with the
 * "perfect negotiation" pattern over the room's socket. Each page is a peer with an id of its own; a page that
 * arrives says so (a signal with neither description nor candidate), and the other side starts a fresh connection
 * for it, so a reload or a connection closed under the call comes back without anyone else reloading. A dropped
 * network path gets an ICE restart.
 */
export class DirectCall {
  private pc!: RTCPeerConnection;
  private stateChannel!: RTCDataChannel;
  private peer = newPeerId();
  private remotePeer: string | null = null;
  private makingOffer = false;
  private ignoreOffer = false;
  private settingRemoteAnswer = false;
  /** The connection wanted an offer before anyone was there to take it. */
  private offerWanted = false;
  private inbox: Promise<void> = Promise.resolve();
  private everConnected = false;
  private failures = 0;
  private disconnectedTimer: ReturnType<typeof setTimeout> | undefined;
  private statsTimer: ReturnType<typeof setInterval> | undefined;
  private lastInbound = { packets: 0, lost: 0 };
  private reported: CallMediaState | null = null;
  private unansweredTicks = 0;
  /** Since when the current connection has been trying to connect (bound to the partner, not yet connected). */
  private connectingSince = Date.now();
  private unsubscribe: () => void = () => undefined;
  private stopped = false;
  private readonly listeners = new Set<() => void>();
  private current: DirectCallState;

  constructor(
    private readonly link: CallLink,
    private readonly iceServers: RTCIceServer[],
    private readonly devices: CallDevices,
    private readonly relayAvailable: boolean,
  ) {
    this.current = {
      phase: 'starting',
      quality: 'unknown',
      local: new MediaStream(),
      remote: new MediaStream(),
      camera: false,
      microphone: false,
      partnerCamera: null,
      problem: null,
    };
    [this.pc, this.stateChannel] = this.connect();
  }

  get state(): DirectCallState {
    return this.current;
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Opens the camera and microphone chosen, then tells the partner this page is in the call. */
  async start(): Promise<void> {
    this.unsubscribe = this.link.subscribe((signal) => this.receive(signal));
    const local = await this.openDevices();
    if (this.stopped) {
      local.getTracks().forEach((track) => track.stop());
      return;
    }
    this.update({ local });
    for (const track of local.getTracks()) this.pc.addTrack(track, local);
    this.statsTimer = setInterval(() => void this.measure(), STATS_INTERVAL_MS);
    this.update({ phase: 'waiting' });
    await this.announce();
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.unsubscribe();
    clearInterval(this.statsTimer);
    clearTimeout(this.disconnectedTimer);
    this.pc.close();
    this.current.local.getTracks().forEach((track) => track.stop());
    this.report('lost');
    this.update({ phase: 'closed' });
  }

  /** Says this page is here (on arrival, and again after the room's socket reconnects). */
  async announce(): Promise<void> {
    const refusal = await this.link.send({ peer: this.peer });
    if (refusal && !this.stopped) this.update({ problem: refusal, phase: 'closed' });
  }

  async setCamera(on: boolean): Promise<void> {
    // The video transceiver stays when the camera goes off, so turning it on again needs no new negotiation.
    const transceiver = this.pc
      .getTransceivers()
      .find((t) => t.receiver.track.kind === 'video' && t.currentDirection !== 'stopped');
    if (!on) {
      const track = this.current.local.getVideoTracks()[0];
      if (track) {
        await transceiver?.sender.replaceTrack(null);
        track.stop();
      }
      this.update({ camera: false, local: new MediaStream(this.current.local.getAudioTracks()) });
      this.sendDeviceState();
      return;
    }
    try {
      const camera = await navigator.mediaDevices.getUserMedia({ video: deviceConstraint(this.devices.videoDeviceId) });
      const [track] = camera.getVideoTracks();
      const local = new MediaStream([...this.current.local.getAudioTracks(), track]);
      if (transceiver) {
        await transceiver.sender.replaceTrack(track);
        if (transceiver.direction !== 'sendrecv') transceiver.direction = 'sendrecv';
      } else {
        this.pc.addTrack(track, local);
      }
      this.update({ camera: true, local, problem: null });
      this.sendDeviceState();
    } catch (error) {
      this.update({ problem: describeMediaError(error, 'camera') });
    }
  }

  setMicrophone(on: boolean): void {
    for (const track of this.current.local.getAudioTracks()) track.enabled = on;
    this.update({ microphone: on && this.current.local.getAudioTracks().length > 0 });
    this.sendDeviceState();
  }

  private update(change: Partial<DirectCallState>): void {
    this.current = { ...this.current, ...change };
    for (const listener of this.listeners) listener();
  }

  private async openDevices(): Promise<MediaStream> {
    const { audioEnabled, videoEnabled, audioDeviceId, videoDeviceId } = this.devices;
    if (!audioEnabled && !videoEnabled) return new MediaStream();
    const constraints = {
      audio: audioEnabled ? deviceConstraint(audioDeviceId) : false,
      video: videoEnabled ? deviceConstraint(videoDeviceId) : false,
    };
    try {
      const stream = await navigator.mediaDevices.getUserMedia(constraints);
      this.update({ camera: stream.getVideoTracks().length > 0, microphone: stream.getAudioTracks().length > 0 });
      return stream;
    } catch (error) {
      this.update({ problem: describeMediaError(error, videoEnabled ? 'camera and microphone' : 'microphone') });
      // Without the camera, the microphone alone may still work (a camera in use elsewhere, or none at all).
      if (!audioEnabled || !videoEnabled) return new MediaStream();
      try {
        const stream = await navigator.mediaDevices.getUserMedia({ audio: deviceConstraint(audioDeviceId) });
        this.update({ microphone: true });
        return stream;
      } catch {
        return new MediaStream();
      }
    }
  }

  /** A fresh connection with this page's tracks, its handlers and the channel that carries camera state. */
  private connect(): [RTCPeerConnection, RTCDataChannel] {
    const pc = new RTCPeerConnection({ iceServers: this.iceServers });
    for (const track of this.current.local.getTracks()) pc.addTrack(track, this.current.local);
    // Negotiated on both sides with the same id: no offer has to carry it, so it never races.
    const channel = pc.createDataChannel('call-state', { negotiated: true, id: 0 });
    channel.onopen = () => this.sendDeviceState();
    channel.onmessage = ({ data }) => this.readDeviceState(data);
    const remote = new MediaStream();
    pc.ontrack = ({ track }) => {
      if (pc !== this.pc) return;
      remote
        .getTracks()
        .filter((t) => t.kind === track.kind)
        .forEach((t) => remote.removeTrack(t));
      remote.addTrack(track);
      this.update({ remote: new MediaStream(remote.getTracks()) });
    };
    pc.onnegotiationneeded = () => void this.offer(pc);
    pc.onicecandidate = ({ candidate }) => {
      if (candidate && pc === this.pc && this.remotePeer)
        void this.signal({ candidate: { ...candidate.toJSON(), candidate: candidate.candidate } });
    };
    pc.onconnectionstatechange = () => {
      if (pc === this.pc) this.connectionChanged();
    };
    this.update({ remote, partnerCamera: null, quality: 'unknown' });
    return [pc, channel];
  }

  /** Replaces the connection: the partner's page is a new one, or this one's was closed under the call. */
  private reconnect(): void {
    const old = this.pc;
    [this.pc, this.stateChannel] = this.connect();
    old.close();
    this.makingOffer = false;
    this.ignoreOffer = false;
    this.settingRemoteAnswer = false;
    this.offerWanted = false;
    this.lastInbound = { packets: 0, lost: 0 };
    this.update({ phase: this.everConnected ? 'reconnecting' : 'connecting' });
    this.report('lost');
  }

  private async offer(pc: RTCPeerConnection): Promise<void> {
    if (pc !== this.pc) return;
    if (!this.remotePeer) {
      this.offerWanted = true;
      return;
    }
    try {
      this.makingOffer = true;
      await pc.setLocalDescription();
      if (pc === this.pc && pc.localDescription) await this.signal({ description: descriptionOf(pc.localDescription) });
    } catch {
      // The connection moved on meanwhile (closed, or an offer arrived): the next negotiation covers it.
    } finally {
      this.makingOffer = false;
    }
  }

  private signal(content: Pick<CallSignal, 'description' | 'candidate'>): Promise<string | null> {
    return this.link.send({ peer: this.peer, ...(this.remotePeer ? { to: this.remotePeer } : {}), ...content });
  }

  /** Signals are handled one at a time, in the order they came. */
  private receive(signal: CallSignal): void {
    this.inbox = this.inbox.then(() => this.handle(signal)).catch(() => undefined);
  }

  private async handle(signal: CallSignal): Promise<void> {
    if (this.stopped || (signal.to && signal.to !== this.peer)) return;
    const arrival = !signal.description && !signal.candidate;
    if (arrival) return this.partnerArrived(signal);
    if (signal.peer !== this.remotePeer) return;
    const pc = this.pc;
    if (signal.description) {
      const description = signal.description as RTCSessionDescriptionInit;
      const polite = this.peer < this.remotePeer;
      const readyForOffer = !this.makingOffer && (pc.signalingState === 'stable' || this.settingRemoteAnswer);
      const collision = description.type === 'offer' && !readyForOffer;
      this.ignoreOffer = !polite && collision;
      if (this.ignoreOffer) return;
      this.settingRemoteAnswer = description.type === 'answer';
      try {
        await pc.setRemoteDescription(description);
      } finally {
        this.settingRemoteAnswer = false;
      }
      if (description.type === 'offer') {
        await pc.setLocalDescription();
        if (pc.localDescription) await this.signal({ description: descriptionOf(pc.localDescription) });
      }
      if (this.current.phase === 'waiting') this.update({ phase: 'connecting' });
    } else if (signal.candidate) {
      try {
        await pc.addIceCandidate(signal.candidate);
      } catch (error) {
        if (!this.ignoreOffer) throw error;
      }
    }
  }

  /**
   * A page of the partner's says it is here. A new one gets a fresh connection (the old page is gone). An arrival
   * (rather than a reply) is answered, so that page knows this one: also when it is the page already known saying it
   * again, as it does until it hears back.
   */
  private partnerArrived(signal: CallSignal): void {
    if (!signal.to) void this.link.send({ peer: this.peer, to: signal.peer });
    if (signal.peer === this.remotePeer) return;
    if (this.remotePeer !== null) this.reconnect();
    this.remotePeer = signal.peer;
    this.connectingSince = Date.now();
    if (this.current.phase === 'waiting') this.update({ phase: 'connecting' });
    if (this.offerWanted) {
      this.offerWanted = false;
      void this.offer(this.pc);
    }
  }

  private connectionChanged(): void {
    const state = this.pc.connectionState;
    clearTimeout(this.disconnectedTimer);
    if (state === 'connected') {
      this.everConnected = true;
      this.failures = 0;
      this.update({ phase: 'connected', problem: null, quality: 'good' });
      this.report('connected');
      return;
    }
    if (state === 'disconnected' || state === 'failed') {
      this.connectingSince = Date.now();
      this.update({ phase: this.everConnected ? 'reconnecting' : 'connecting', quality: 'lost' });
      this.report('lost');
      if (state === 'disconnected') {
        this.disconnectedTimer = setTimeout(() => this.restartIce(), DISCONNECTED_GRACE_MS);
      } else {
        this.failures += 1;
        if (this.failures >= FAILURES_BEFORE_UNREACHABLE) this.update({ problem: describeIceFailure(this.relayAvailable) });
        this.restartIce();
      }
    }
  }

  private async startOver(): Promise<void> {
    this.peer = newPeerId();
    this.remotePeer = null;
    this.reconnect();
    await this.announce();
  }

  private restartIce(): void {
    if (!this.stopped && this.pc.connectionState !== 'connected' && this.remotePeer) this.pc.restartIce();
  }

  /** Reads the connection's figures for the indicator, and notices a connection closed under the call. */
  private async measure(): Promise<void> {
    if (this.stopped) return;
    if (this.pc.signalingState === 'closed') {
      // Closed without this page asking: start over as a new page, so the partner starts over too.
      await this.startOver();
      return;
    }
    if (this.remotePeer && this.pc.connectionState !== 'connected' && Date.now() - this.connectingSince > STUCK_AFTER_MS) {
      // Negotiating for too long (a lost signal, a network that changed): both sides start afresh.
      this.failures += 1;
      if (this.failures >= FAILURES_BEFORE_UNREACHABLE) this.update({ problem: describeIceFailure(this.relayAvailable) });
      await this.startOver();
      return;
    }
    if (!this.remotePeer) {
      // No answer yet: the partner's page may not have been listening when this one said it was here.
      this.unansweredTicks += 1;
      if (this.unansweredTicks % ANNOUNCE_EVERY_TICKS === 0) await this.announce();
      return;
    }
    if (this.pc.connectionState !== 'connected') return;
    let packets = 0;
    let lost = 0;
    let roundTrip = 0;
    const stats = await this.pc.getStats();
    stats.forEach((entry: { type: string; [key: string]: unknown }) => {
      if (entry.type === 'inbound-rtp') {
        packets += Number(entry.packetsReceived ?? 0);
        lost += Number(entry.packetsLost ?? 0);
      } else if (entry.type === 'candidate-pair' && entry.nominated && entry.state === 'succeeded') {
        roundTrip = Math.max(roundTrip, Number(entry.currentRoundTripTime ?? 0));
      }
    });
    const received = packets - this.lastInbound.packets;
    const lostNow = lost - this.lastInbound.lost;
    this.lastInbound = { packets, lost };
    const lossRate = received + lostNow > 0 ? lostNow / (received + lostNow) : 0;
    const quality: CallQuality = lossRate > 0.05 || roundTrip > 0.5 ? 'poor' : 'good';
    if (quality !== this.current.quality) this.update({ quality });
  }

  private sendDeviceState(): void {
    if (this.stateChannel.readyState !== 'open') return;
    const state: DeviceState = { camera: this.current.camera, microphone: this.current.microphone };
    this.stateChannel.send(JSON.stringify(state));
  }

  private readDeviceState(data: unknown): void {
    try {
      const state = JSON.parse(String(data)) as Partial<DeviceState>;
      if (typeof state.camera === 'boolean') this.update({ partnerCamera: state.camera });
    } catch {
      // Not ours: the channel only ever carries this page's and the partner's device state.
    }
  }

  private report(state: CallMediaState): void {
    if (this.reported === state || (state === 'lost' && this.reported === null)) return;
    this.reported = state;
    this.link.reportMedia(state);
  }

  /** The socket reconnected: the server is told again where the call stands. */
  reportAgain(): void {
    const state = this.reported;
    if (state) this.link.reportMedia(state);
  }
}

function descriptionOf(description: RTCSessionDescription): NonNullable<CallSignal['description']> {
  return { type: description.type, sdp: description.sdp };
}

/** A device chosen before (if still there), else any. */
function deviceConstraint(deviceId: string): MediaTrackConstraints | boolean {
  return deviceId ? { deviceId: { ideal: deviceId } } : true;
}
