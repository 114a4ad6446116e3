# SPDX-License-Identifier: GPL-3.0-or-later
# The command-line part of tst_ingest runs the real hookdesk executable, which keeps ingest keys
# in a real keychain: run it inside a private session bus with an unlocked throwaway keyring.
set_property(TARGET tst_ingest PROPERTY CROSSCOMPILING_EMULATOR ${CMAKE_CURRENT_LIST_DIR}/keyring-session.sh)
