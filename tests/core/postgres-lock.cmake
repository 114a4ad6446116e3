# SPDX-License-Identifier: GPL-3.0-or-later
# The tests that use the one test PostgreSQL database drop and recreate its schema for every case:
# under `ctest -j2` two of them at once destroy each other's tables, so they never overlap.
set_tests_properties(tst_storage tst_scope tst_ordering PROPERTIES RESOURCE_LOCK hookdesk_test_postgres)
