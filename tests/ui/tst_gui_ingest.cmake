# SPDX-License-Identifier: GPL-3.0-or-later
# Creating an ingest key from the window writes to a real keychain: use a throwaway keyring
# (and a throwaway home, so QSettings of the test never touch the developer's).
set_property(TARGET tst_gui_ingest PROPERTY CROSSCOMPILING_EMULATOR ${PROJECT_SOURCE_DIR}/tests/core/keyring-session.sh)
