// /api/v1/chat/...: people to chat with, conversations, one conversation's history, all of
// one's messages, and marking messages read. Parse → ChatService → render; the rules are in
// domain/chat/, the SQL in store/chatrepository.cpp, the frames in realtime/chatchannel.cpp.
#include "apideps.h"
#include "pagination.h"
#include "queryparams.h"
#include "render.h"

#include "domain/chat/chatjson.h"
#include "domain/chat/chatservice.h"
#include "http/router.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using Method = QHttpServerRequest::Method;

namespace paydesk::server {

namespace {

constexpr int kSearchLimit = 20;

QJsonObject listJson(const QJsonArray &data)
{
    return {{"data"_L1, data}};
}

Reply messagePage(const Result<Page<chat::ChatMessage>> &page, const RequestContext &ctx)
{
    return render(page, ctx, [](const Page<chat::ChatMessage> &p) {
        QJsonArray data;
        for (const chat::ChatMessage &m : p.items)
            data.append(chat::messageJson(m));
        return pageJson(data, p.hasMore, p.items.isEmpty() ? QString() : p.items.constLast().id);
    });
}

// The page of a list route that takes only limit and cursor.
Result<PageRequest> pageOnly(const RequestContext &ctx)
{
    const QUrlQuery query(ctx.request.url());
    if (auto r = onlyKnownParams(query, {u"limit"_s, u"cursor"_s}); !r)
        return r.error();
    return parsePageRequest(query, 50, 200);
}

Reply searchUsers(chat::ChatService &chat, const RequestContext &ctx)
{
    const QUrlQuery query(ctx.request.url());
    if (auto r = onlyKnownParams(query, {u"q"_s}); !r)
        return Reply::error(r.error(), ctx.requestId);
    const QString q = query.queryItemValue(u"q"_s, QUrl::FullyDecoded);
    if (q.size() > 100)
        return Reply::error(Error::make(errc::kValidation, u"q is too long."_s, u"q"_s),
                            ctx.requestId);
    return render(chat.searchUsers(ctx.principal.userId, q, kSearchLimit), ctx,
                  [](const QList<chat::ChatUser> &users) {
                      QJsonArray data;
                      for (const chat::ChatUser &u : users)
                          data.append(chat::userJson(u));
                      return listJson(data);
                  });
}

Reply conversations(chat::ChatService &chat, const RequestContext &ctx)
{
    if (auto r = onlyKnownParams(QUrlQuery(ctx.request.url()), {}); !r)
        return Reply::error(r.error(), ctx.requestId);
    return render(chat.conversations(ctx.principal.userId), ctx,
                  [](const QList<chat::Conversation> &list) {
                      QJsonArray data;
                      for (const chat::Conversation &c : list)
                          data.append(chat::conversationJson(c));
                      return listJson(data);
                  });
}

Reply history(chat::ChatService &chat, const RequestContext &ctx)
{
    auto page = pageOnly(ctx);
    if (!page)
        return Reply::error(page.error(), ctx.requestId);
    return messagePage(chat.history(ctx.principal.userId, ctx.params.value(u"user_id"_s), *page),
                       ctx);
}

Reply allMessages(chat::ChatService &chat, const RequestContext &ctx)
{
    auto page = pageOnly(ctx);
    if (!page)
        return Reply::error(page.error(), ctx.requestId);
    return messagePage(chat.allMessages(ctx.principal.userId, *page), ctx);
}

Reply markRead(chat::ChatService &chat, const RequestContext &ctx)
{
    return render(chat.markReadUpTo(ctx.principal.userId, ctx.params.value(u"id"_s)), ctx,
                  [](const chat::ReadOutcome &r) {
                      return QJsonObject{
                          {"up_to"_L1, r.upTo},
                          {"message_ids"_L1, QJsonArray::fromStringList(r.messageIds)},
                          {"read_at"_L1, r.readAt.toString(Qt::ISODateWithMs)}};
                  });
}

} // namespace

void registerChatRoutes(Router &router, const ApiDeps &deps)
{
    // Handlers read deps.chat when called: a table built only to be inspected may leave it null.
    const ApiDeps *d = &deps;
    const auto route = [&router, d](Method method, const QString &path, const QString &summary,
                                    Reply (*handler)(chat::ChatService &, const RequestContext &)) {
        router.add({method, path, summary, BodyPolicy::None,
                    [d, handler](RequestContext &ctx) { return handler(*d->chat, ctx); },
                    Access::User});
    };
    route(Method::Get, u"/api/v1/chat/users"_s,
          u"People to chat with, searched by name or email prefix, with their presence."_s,
          searchUsers);
    route(Method::Get, u"/api/v1/chat/conversations"_s,
          u"The signed-in person's conversations: peer, last message and unread count."_s,
          conversations);
    route(Method::Get, u"/api/v1/chat/history/{user_id}"_s,
          u"The conversation with one person, newest first, paged by cursor."_s, history);
    route(Method::Get, u"/api/v1/chat/all-messages"_s,
          u"Every message the signed-in person sent or received, newest first, paged."_s,
          allMessages);
    route(Method::Put, u"/api/v1/chat/messages/{id}/read"_s,
          u"Marks a received message, and every earlier one from its sender, read."_s, markRead);
}

} // namespace paydesk::server
