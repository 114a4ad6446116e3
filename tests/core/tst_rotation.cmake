# SPDX-License-Identifier: GPL-3.0-or-later
# Secret rotation is checked against a real gnome-keyring in a private session (see tst_keychain).
set_property(TARGET tst_rotation PROPERTY CROSSCOMPILING_EMULATOR ${CMAKE_CURRENT_LIST_DIR}/keyring-session.sh)
set_tests_properties(tst_rotation PROPERTIES TIMEOUT 120)
