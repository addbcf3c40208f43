/* passend-tlv.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

/* The TLV request: everything core knows of it. */
#include "passend-tlv-types.h"
#include "passend-tlv-request.h"
#include "passend-tlv-objects.h"
#include "passend-tlv-dossier.h"
#include "passend-tlv-rules.h"
