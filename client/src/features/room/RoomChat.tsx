import { ROOM_CHAT_MAX_CHARACTERS, type RoomChatMessage } from '@rounds/shared';
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { timeOfDay } from '../../lib/format';
import { useSignedInUser } from '../../lib/session';

interface RoomChatProps {
  messages: RoomChatMessage[];
  partnerName: string;
  online: boolean;
  onSend: (text: string) => Promise<void>;
}

/**
 * A text chat beside the call, for what a call cannot carry (a link, a phone number) or when it breaks. It is
 * kept with the session and only its two participants read it; Enter sends, Shift+Enter starts a new line.
 */
export function RoomChat({ messages, partnerName, online, onSend }: RoomChatProps) {
  const user = useSignedInUser();
  const [text, setText] = useState('');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const logRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const log = logRef.current;
    if (log) log.scrollTop = log.scrollHeight;
  }, [messages.length]);

  const send = async (event?: FormEvent) => {
    event?.preventDefault();
    if (sending) return;
    if (text.trim() === '') return setError('Write a message first.');
    setSending(true);
    setError(null);
    try {
      await onSend(text);
      setText('');
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setSending(false);
    }
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) void send(event);
  };

  return (
    <section className="room-chat" aria-labelledby="room-chat-heading">
      <h2 id="room-chat-heading">Chat</h2>
      <p className="field-hint">Only you and {partnerName} see this chat; it stays with the session.</p>
      <div ref={logRef} className="room-chat-log" role="log" aria-live="polite" aria-label="Messages" tabIndex={0}>
        <ol>
          {messages.length === 0 && <li className="room-chat-empty">No messages yet.</li>}
          {messages.map((message) => (
            <li key={message.id} className={message.authorId === user.id ? 'room-chat-own' : undefined}>
              <span className="room-chat-meta">
                {message.authorId === user.id ? 'You' : message.authorName} · {timeOfDay(message.sentAt, user.timeZone)}
              </span>
              <span className="room-chat-text">{message.text}</span>
            </li>
          ))}
        </ol>
      </div>
      <form className="room-chat-form" onSubmit={(event) => void send(event)} noValidate>
        <label htmlFor="room-chat-input">Message to {partnerName}</label>
        <div className="room-chat-compose">
          <textarea
            id="room-chat-input"
            rows={2}
            value={text}
            maxLength={ROOM_CHAT_MAX_CHARACTERS}
            onChange={(event) => setText(event.target.value)}
            onKeyDown={onKeyDown}
            aria-invalid={error !== null}
            aria-describedby={error ? 'room-chat-error' : undefined}
          />
          <button type="submit" className="button button-secondary" disabled={sending || !online}>
            Send
          </button>
        </div>
        {error && (
          <p id="room-chat-error" className="field-error" role="alert">
            {error}
          </p>
        )}
      </form>
    </section>
  );
}
