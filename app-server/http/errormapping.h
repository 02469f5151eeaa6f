// The one table from error codes to HTTP statuses (SPEC §3). Services never know HTTP; adding an
// error code means adding its status here, and a code missing from the table is a 500.
#pragma once

#include "error.h"

namespace paydesk::server {

int httpStatusFor(const Error &error);

} // namespace paydesk::server
