# SPDX-License-Identifier: GPL-3.0-or-later
# Rotating a signing secret from the window writes to a real keychain: use a throwaway keyring.
set_property(TARGET tst_gui_rotation PROPERTY CROSSCOMPILING_EMULATOR ${PROJECT_SOURCE_DIR}/tests/core/keyring-session.sh)
