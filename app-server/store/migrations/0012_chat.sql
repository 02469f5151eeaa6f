-- Chat: messages between two people, each person's ordered event log (what a reconnecting
-- client resumes from), contacts (who sees whose presence) and last-seen times.

CREATE TABLE chat_messages (
    id            text PRIMARY KEY,                          -- msg_...
    ordinal       bigserial NOT NULL UNIQUE,                 -- order of storing; history keyset
    sender_id     text NOT NULL REFERENCES users (id),
    recipient_id  text NOT NULL REFERENCES users (id),
    client_id     text NOT NULL,                             -- the sender's id for a resend
    body          text NOT NULL CHECK (char_length(body) BETWEEN 1 AND 4000),
    sender_seq    bigint NOT NULL,                           -- the sender's event of this message
    created_at    timestamptz(3) NOT NULL DEFAULT now(),
    delivered_at  timestamptz(3),
    read_at       timestamptz(3),
    CHECK (sender_id <> recipient_id)
);
-- A resend with the same client id finds the stored message (and stores nothing new).
CREATE UNIQUE INDEX chat_messages_client_idx ON chat_messages (sender_id, client_id);
-- One pair's history, newest first (both directions), and the last message of a conversation.
CREATE INDEX chat_messages_pair_idx ON chat_messages
    (least(sender_id, recipient_id), greatest(sender_id, recipient_id), ordinal);
-- Unread counts and "read up to": a recipient's unread messages from one sender.
CREATE INDEX chat_messages_unread_idx ON chat_messages (recipient_id, sender_id, ordinal)
    WHERE read_at IS NULL;
-- Messages not yet delivered to any connection of their recipient (pending on connect).
CREATE INDEX chat_messages_undelivered_idx ON chat_messages (recipient_id, ordinal)
    WHERE delivered_at IS NULL;
-- All of one person's messages (sent and received), newest first.
CREATE INDEX chat_messages_sender_idx ON chat_messages (sender_id, ordinal);
CREATE INDEX chat_messages_recipient_idx ON chat_messages (recipient_id, ordinal);

-- The head of each person's event log. Appending takes this row's lock, so one person's events
-- commit in sequence order: when seq N is visible, every seq below it is too (no gaps on resume).
CREATE TABLE chat_event_heads (
    user_id   text PRIMARY KEY REFERENCES users (id),
    last_seq  bigint NOT NULL DEFAULT 0
);

-- What happened for a person, in order: messages to and from them, receipts of their
-- messages. `frame` is the JSON frame as sent (with its seq). Resume reads (user_id, seq > n).
CREATE TABLE chat_events (
    user_id     text NOT NULL REFERENCES users (id),
    seq         bigint NOT NULL,
    frame       text NOT NULL,
    message_id  text REFERENCES chat_messages (id),          -- message.new events: the message
    created_at  timestamptz(3) NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, seq)
);
-- The pending start on connect: the event of an undelivered message.
CREATE INDEX chat_events_message_idx ON chat_events (message_id, user_id)
    WHERE message_id IS NOT NULL;

-- People who have chatted, both directions: presence goes to these, conversations list these.
CREATE TABLE chat_contacts (
    user_id  text NOT NULL REFERENCES users (id),
    peer_id  text NOT NULL REFERENCES users (id),
    PRIMARY KEY (user_id, peer_id)
);
CREATE INDEX chat_contacts_peer_idx ON chat_contacts (peer_id);

-- When a person's last connection closed (NULL: never seen).
CREATE TABLE chat_presence (
    user_id    text PRIMARY KEY REFERENCES users (id),
    last_seen  timestamptz(3) NOT NULL
);

-- User search by name or email for starting a chat.
CREATE INDEX users_display_name_lower_idx ON users (lower(display_name) text_pattern_ops);
CREATE INDEX users_email_lower_idx ON users (email_normalized text_pattern_ops);
