#include "chatseed.h"

#include "demoseed.h"
#include "ledgeraudit.h"
#include "testclient.h"
#include "testserver.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QUuid>
#include <QWebSocket>

#include <algorithm>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using paydesk::test::TestServer;

Q_LOGGING_CATEGORY(lcChatSeed, "paydesk.demo.chat")

namespace paydesk::demo {

namespace {

// One line of a conversation: who writes (true: the demo user), how long ago, and whether the
// other side has read it (messages to the demo user: read by them).
struct Line
{
    bool mine;
    int minutesAgo;
    const char16_t *text;
    bool read = true;
};

struct Conversation
{
    const char *email;
    QList<Line> lines;
};

QList<Conversation> conversations()
{
    constexpr int kDay = 24 * 60;
    return {
        {"amaka@example.ng",
         {{false, 3 * kDay + 140, u"Hi Ifeoma! Are we still on for Saturday?"},
          {true, 3 * kDay + 131, u"Yes! 2 pm at the usual place?"},
          {false, 3 * kDay + 128, u"Perfect. I'll bring the board games"},
          {true, kDay + 300, u"Sent you my share for the groceries."},
          {false, kDay + 296, u"Got it, thanks!"},
          {false, 42, u"Are you coming to Tunde's birthday on Friday?", false},
          {false, 41, u"We're splitting the cake, ₦5,000 each.", false}}},
        {"tunde@example.ng",
         {{false, 2 * kDay + 65, u"Bro, the fuel money from last week"},
          {true, 2 * kDay + 60, u"Ah yes, sorry! Sending it now."},
          {false, kDay + 95, u"Received, thank you"},
          {true, kDay + 90, u"Anytime. See you at football on Thursday?"},
          {false, kDay + 75, u"For sure. Bring the ball."},
          {true, kDay + 70, u"Will do"}}},
        {"ngozi@example.ng",
         {{false, 185, u"Can you send me the landlord's number?"},
          {true, 181, u"Sure, it's in the house group, I'll forward it."},
          {false, 179, u"Thanks. Rent is due on the 30th."},
          {true, 12, u"I just paid my half of the rent.", false}}},
        {"fatima@example.ng",
         {{true, 6 * kDay + 30, u"Happy birthday Fatima!"},
          {false, 6 * kDay + 10, u"Thank you so much Ifeoma!"},
          {false, 6, u"Hey, do you have the notes from Monday's class?", false}}},
        {"kwame@example.ng",
         {{true, 9 * kDay + 200, u"Kwame, how was Accra?"},
          {false, 9 * kDay + 150, u"Amazing! I'll show you the pictures."},
          {false, 9 * kDay + 149, u"Also, I owe you for the tickets."},
          {true, 9 * kDay + 120, u"No rush, whenever you can."}}},
    };
}

// A person's WebSocket for the seed: authenticated on open, sends and waits for each ack.
class Sender
{
public:
    bool open(const TestServer &server, const QString &token)
    {
        QObject::connect(&m_socket, &QWebSocket::textMessageReceived, &m_socket,
                         [this](const QString &text) {
                             m_frames.append(QJsonDocument::fromJson(text.toUtf8()).object());
                         });
        m_socket.open(
            QUrl(u"ws://127.0.0.1:%1/api/v1/ws?access_token=%2"_s.arg(server.port()).arg(token)));
        return !waitFor(u"authenticated"_s).isEmpty();
    }
    // The stored message's id, or empty.
    QString send(const QString &to, const QString &text)
    {
        const QString clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QJsonObject frame{{"type"_L1, u"message.send"_s},
                                {"to"_L1, to},
                                {"text"_L1, text},
                                {"client_id"_L1, clientId}};
        m_socket.sendTextMessage(
            QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
        const QJsonObject ack = waitFor(u"message.ack"_s);
        return ack.value("message"_L1).toObject().value("id"_L1).toString();
    }

private:
    QJsonObject waitFor(const QString &type)
    {
        QDeadlineTimer deadline(10000);
        while (!deadline.hasExpired()) {
            for (qsizetype i = 0; i < m_frames.size(); ++i) {
                if (m_frames.at(i).value("type"_L1).toString() == type)
                    return m_frames.takeAt(i);
            }
            QEventLoop loop;
            QTimer::singleShot(5, &loop, &QEventLoop::quit);
            loop.exec();
        }
        qCWarning(lcChatSeed) << "no" << type << "frame";
        return {};
    }

    QWebSocket m_socket;
    QList<QJsonObject> m_frames;
};

struct Account
{
    QString id;
    QString token;
};

Account signIn(const TestServer &server, const char *email)
{
    const auto r = test::sendJson(server, "POST", u"/api/v1/auth/login"_s,
                                  {{"email"_L1, QString::fromLatin1(email)},
                                   {"password"_L1, QString::fromLatin1(kPassword)}});
    const QJsonObject body = r.json();
    return {body.value("user"_L1).toObject().value("id"_L1).toString(),
            body.value("access_token"_L1).toString()};
}

bool backdate(QSqlDatabase &db, const QString &id, const Line &line)
{
    QSqlQuery q(db);
    q.prepare(u"UPDATE chat_messages SET created_at = now() - make_interval(mins => ?), "
              "delivered_at = now() - make_interval(mins => ?) + interval '3 seconds', "
              "read_at = CASE WHEN ? THEN now() - make_interval(mins => ?) + interval '1 minute' "
              "END WHERE id = ?"_s);
    q.addBindValue(line.minutesAgo);
    q.addBindValue(line.minutesAgo);
    q.addBindValue(line.read);
    q.addBindValue(std::max(0, line.minutesAgo - 1));
    q.addBindValue(id);
    if (q.exec())
        return true;
    qCWarning(lcChatSeed) << q.lastError().text();
    return false;
}

} // namespace

bool seedChats(const TestServer &server)
{
    const Account me = signIn(server, kChatDemoEmail);
    Sender mine;
    if (me.id.isEmpty() || !mine.open(server, me.token))
        return false;
    // Everyone's socket at once: the lines are sent oldest first across all conversations, so
    // the order of storing (which orders the conversation list) matches their times.
    const QList<Conversation> all = conversations();
    std::vector<std::unique_ptr<Sender>> theirs;
    QStringList peers;
    struct Step
    {
        int conversation;
        Line line;
    };
    QList<Step> steps;
    for (int c = 0; c < all.size(); ++c) {
        const Account peer = signIn(server, all.at(c).email);
        theirs.push_back(std::make_unique<Sender>());
        if (peer.id.isEmpty() || !theirs.back()->open(server, peer.token))
            return false;
        peers << peer.id;
        for (const Line &line : all.at(c).lines)
            steps.append({c, line});
    }
    std::stable_sort(steps.begin(), steps.end(), [](const Step &a, const Step &b) {
        return a.line.minutesAgo > b.line.minutesAgo;
    });
    QSqlDatabase db = test::openServerDatabase(server, u"demo-chat"_s);
    bool ok = db.isOpen();
    for (const Step &step : std::as_const(steps)) {
        if (!ok)
            break;
        const QString text = QString::fromUtf16(step.line.text);
        const QString id = step.line.mine ? mine.send(peers.at(step.conversation), text)
                                          : theirs.at(step.conversation)->send(me.id, text);
        ok = !id.isEmpty() && backdate(db, id, step.line);
    }
    db = {};
    QSqlDatabase::removeDatabase(u"demo-chat"_s);
    if (!ok)
        qCCritical(lcChatSeed) << "seeding the conversations failed";
    return ok;
}

} // namespace paydesk::demo
