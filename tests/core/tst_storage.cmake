# SPDX-License-Identifier: GPL-3.0-or-later
# Shares the one test PostgreSQL database with the other PostgreSQL tests (each resets its schema),
# so they must not run at the same time under ctest -j.
set_tests_properties(tst_storage PROPERTIES RESOURCE_LOCK hookdesk-postgres)
