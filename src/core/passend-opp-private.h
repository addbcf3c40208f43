/* passend-opp-private.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "passend-opp-content.h"

G_BEGIN_DECLS

/* A new array (no free func) of the rows of @rows in canonical order:
 * factors by domain, polarity and position, the others by position; ties
 * by id. @part names which rows they are. */
GPtrArray *_passend_opp_sorted        (GPtrArray      *rows,
                                       PassendOppPart  part);
/* The index of the row with that id in a sorted array; -1 when absent. */
int        _passend_opp_index_of_need (GPtrArray      *sorted_needs,
                                       gint64          need_id);
int        _passend_opp_index_of_goal (GPtrArray      *sorted_goals,
                                       gint64          goal_id);

G_END_DECLS
