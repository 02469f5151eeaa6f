// The demo person's wallet (demo@… is the merchant; this is the end user): a personal account
// whose wallet has a few weeks of realistic life, made through the same API the app uses —
// card top-ups through the sandbox checkout (one declined, one left unpaid), transfers out to
// and in from several of the demo people, a paid merchant request, a bank withdrawal — then
// spread back over the last weeks so every wallet screen (balance, chart, breakdowns,
// history) is filled. Called by seedDemo once the people and the live shop exist.
#pragma once

#include <QString>

namespace paydesk::test {
class TestServer;
} // namespace paydesk::test

namespace paydesk::demo {

inline constexpr auto kPersonalEmail = "ifeoma@paydesk.test";
inline constexpr auto kPersonalPin = "2580";

// `liveKey`: an API key of a live app whose requests the person pays. False (logged) on failure.
bool seedWallet(const test::TestServer &server, const QString &liveKey);

} // namespace paydesk::demo
