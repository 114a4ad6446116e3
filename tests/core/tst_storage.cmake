# SPDX-License-Identifier: GPL-3.0-or-later
# tst_storage counts the steps SQLite takes through its C API (orderedClaimSkipsFinishedJobs).
find_package(SQLite3 REQUIRED)
target_link_libraries(tst_storage PRIVATE SQLite::SQLite3)
