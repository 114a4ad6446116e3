# SPDX-License-Identifier: GPL-3.0-or-later
# Runs the real hookdesk executable, which keeps tokens in a real keychain (see tst_cli.cmake).
set_property(TARGET tst_cli_response PROPERTY CROSSCOMPILING_EMULATOR ${CMAKE_CURRENT_LIST_DIR}/keyring-session.sh)
