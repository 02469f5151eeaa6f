// The demo's conversations: the demo's personal user (Ifeoma Chukwu, kChatDemoEmail, the person
// of walletseed.h, so one person has both a wallet and chats) has several
// chats with the other demo people, over the last days, with unread messages, delivered and
// read receipts. Messages go through the real WebSocket (message.send); their times and
// receipts are then set in the database, as the rest of the demo's history is.
#pragma once

#include "walletseed.h"

namespace paydesk::test {
class TestServer;
} // namespace paydesk::test

namespace paydesk::demo {

inline constexpr auto kChatDemoEmail = kPersonalEmail;

// The people of seedDemo and the wallet's person must exist (password kPassword). False (logged)
// on failure.
bool seedChats(const test::TestServer &server);

} // namespace paydesk::demo
