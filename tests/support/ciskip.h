#pragma once

#include <QTest>

// Skips a check whose precondition this machine lacks, except under CI (CI=true), where the
// precondition is part of the set-up and a skip would hide a check that must run: there it fails.
#define QAFKA_SKIP_OUTSIDE_CI(reason)                                                              \
    do {                                                                                           \
        if (qEnvironmentVariable("CI") == u"true")                                                 \
            QFAIL(reason " (CI=true: this check must run here)");                                  \
        QSKIP(reason);                                                                             \
    } while (false)
