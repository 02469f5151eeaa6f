// The usual end of a handler: a service's Result rendered as JSON with a status, or its Error
// mapped to a status in one place (http/errormapping.cpp).
#pragma once

#include "http/reply.h"
#include "http/router.h"
#include "result.h"

namespace paydesk::server {

template <typename T, typename Render>
Reply render(const Result<T> &r, const RequestContext &ctx, Render toJson, int status = 200)
{
    if (!r)
        return Reply::error(r.error(), ctx.requestId);
    return Reply::json(toJson(*r), status);
}

} // namespace paydesk::server
