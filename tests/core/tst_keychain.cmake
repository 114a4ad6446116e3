# SPDX-License-Identifier: GPL-3.0-or-later
# tst_keychain talks to a real gnome-keyring. CTest has no way to change an existing test's
# command, but it does prefix a target's tests with its emulator: use that to run the test
# inside a private session bus with an unlocked keyring and a temporary home.
set_property(TARGET tst_keychain PROPERTY CROSSCOMPILING_EMULATOR ${CMAKE_CURRENT_LIST_DIR}/keyring-session.sh)
set_tests_properties(tst_keychain PROPERTIES TIMEOUT 120)
