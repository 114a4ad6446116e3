# SPDX-License-Identifier: GPL-3.0-or-later
# tst_crash runs the real hookdesk executable, which keeps tokens in a real keychain: run it (and
# so the processes it starts) inside a private session bus with an unlocked throwaway keyring.
set_property(TARGET tst_crash PROPERTY CROSSCOMPILING_EMULATOR ${CMAKE_CURRENT_LIST_DIR}/keyring-session.sh)
